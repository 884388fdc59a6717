// Replies whose ids the sender needs: the id a channel gives a reply is only known once it is
// delivered. The advisor keeps a Teams question card's id (to turn it into a receipt later) and
// each verdict's (for feedback on it): it sends those replies here, with what to do with each id.
// Inside the turn runner (reliableTurns.ts) such a turn delivers before its write, its outbox runs
// the callbacks at delivery, and the ids ride on the turn's one write; outside it the replies go
// at once, and so do the callbacks.
import { Activity, TurnContext } from 'botbuilder';
import { OnDelivered, turnStateOf } from '../context/turnState';

export type { OnDelivered } from '../context/turnState';

/** Sends `activities`; `onDelivered[i]`, when given, runs with the id the channel gave `activities[i]`. */
export async function sendReplies(context: TurnContext, activities: Partial<Activity>[], onDelivered: readonly OnDelivered[]): Promise<void> {
  if (!onDelivered.some(Boolean)) {
    await context.sendActivities(activities);
    return;
  }
  // Handed over on the turn, not on the activities: the SDK gives its send hooks copies of them and
  // nothing else. The outbox's hook takes them synchronously, inside this very call.
  const turn = turnStateOf(context);
  turn.awaitingIds = onDelivered;
  let sending: Promise<{ id?: string }[]>;
  let unclaimed: readonly OnDelivered[] | undefined;
  try {
    sending = context.sendActivities(activities);
  } finally {
    unclaimed = turn.awaitingIds;
    turn.awaitingIds = undefined;
  }
  const responses = await sending;
  // No outbox took them (no turn runner, or it lets sends through): delivered now, ids in hand.
  if (unclaimed) runOnDelivered(unclaimed, responses);
}

/** For the outbox: the callbacks handed over with the send now running, if any (taken once). */
export function claimAwaitingIds(context: TurnContext): readonly OnDelivered[] | undefined {
  const turn = turnStateOf(context);
  const claimed = turn.awaitingIds;
  turn.awaitingIds = undefined;
  return claimed;
}

/** Runs each callback with its reply's id; whether any ran. */
export function runOnDelivered(onDelivered: readonly OnDelivered[], responses: readonly ({ id?: string } | undefined)[]): boolean {
  let ran = false;
  onDelivered.forEach((record, i) => {
    const id = responses[i]?.id;
    if (record && id) {
      record(id);
      ran = true;
    }
  });
  return ran;
}
