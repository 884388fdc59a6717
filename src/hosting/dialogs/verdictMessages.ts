// Which decision-table row each recent verdict message showed, by the id the channel gave it:
// feedback on a message names only its id, and the reaction is counted per row. Kept with the
// conversation's dialog state, a few per conversation (feedback is given on recent answers).
import { Activity, TurnContext } from 'botbuilder';
import { OutcomeRow } from '../../domain/outcomes';
import { Reply } from '../../conversation/flow';
import { isRecord } from '../../domain/records';
import { onReplyDelivered } from '../replies/deliveredReplies';

export interface VerdictMessage {
  id: string;
  row: OutcomeRow;
}

const KEPT = 10;

/** Asks for each result reply's id once delivered; `activities` are the replies' messages, in order (copied where hooked). */
export function rememberVerdicts(
  context: TurnContext,
  store: { verdicts?: VerdictMessage[] },
  replies: readonly Reply[],
  activities: Partial<Activity>[],
): void {
  replies.forEach((reply, i) => {
    if (reply.kind !== 'result' || !activities[i]) return;
    // A copy: the built activity is shared by every turn that shows the same reply.
    activities[i] = { ...activities[i] };
    onReplyDelivered(context, activities[i]!, (id) => {
      const earlier = Array.isArray(store.verdicts) ? store.verdicts.filter((v) => isRecord(v) && v.id !== id) : [];
      store.verdicts = [...earlier, { id, row: reply.outcome.row }].slice(-KEPT);
    });
  });
}

export function verdictRowOf(store: { verdicts?: unknown } | undefined, id: string): OutcomeRow | undefined {
  const kept = store && Array.isArray(store.verdicts) ? (store.verdicts as unknown[]) : [];
  const found = kept.find((v): v is VerdictMessage => isRecord(v) && v.id === id && typeof v.row === 'string');
  return found?.row;
}
