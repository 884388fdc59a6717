// Keeps the id of each verdict message once the channel has delivered it, with the row it showed
// (conversation/verdictReactions.ts decides what is kept and how reactions count).
import { Activity, TurnContext } from 'botbuilder';
import { Reply } from '../../conversation/flow';
import { VerdictMessage, withVerdict } from '../../conversation/verdictReactions';
import { onReplyDelivered } from '../replies/deliveredReplies';

/** Asks for the id of each verdict (by its index in `replies`) once delivered; `activities` are the replies' messages, in order (copied where hooked). */
export function rememberVerdicts(
  context: TurnContext,
  store: { verdicts?: VerdictMessage[] },
  verdicts: readonly number[],
  replies: readonly Reply[],
  activities: Partial<Activity>[],
): void {
  for (const i of verdicts) {
    const reply = replies[i];
    if (reply?.kind !== 'result' || !activities[i]) continue;
    // A copy: the built activity is shared by every turn that shows the same reply.
    activities[i] = { ...activities[i] };
    onReplyDelivered(context, activities[i]!, (id) => {
      store.verdicts = withVerdict(store.verdicts, id, reply.outcome.row);
    });
  }
}
