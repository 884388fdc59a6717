// Keeps the id of each verdict message once the channel has delivered it, with the row it showed
// (conversation/advisor/verdictReactions.ts decides what is kept and how reactions count).
import { Reply } from '../../conversation/advisor/flow';
import { VerdictMessage, withVerdict } from '../../conversation/advisor/verdictReactions';
import type { OnDelivered } from '../replies/sendReplies';

/** Adds to `onDelivered` (one per reply, in order) the keeping of each verdict's id (by its index in `replies`). */
export function rememberVerdicts(
  store: { verdicts?: VerdictMessage[] },
  verdicts: readonly number[],
  replies: readonly Reply[],
  onDelivered: OnDelivered[],
): void {
  for (const i of verdicts) {
    const reply = replies[i];
    if (reply?.kind !== 'result') continue;
    const earlier = onDelivered[i];
    onDelivered[i] = (id) => {
      earlier?.(id);
      store.verdicts = withVerdict(store.verdicts, id, reply.outcome.row);
    };
  }
}
