// The id a channel gives a reply is only known once the reply is delivered, and inside a reliable
// turn that is after the state was saved (reliableTurns.ts). Whoever needs the id (the dialog
// keeps a Teams question card's id, to turn it into a receipt later) asks for it here: the
// callback runs when the reply is delivered, with the id, and the turn runner saves the change it
// made in a follow-up write. Outside a reliable turn, delivery happens at once and so does the callback.
import { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import { turnStateOf } from '../context/turnState';

/** Carried on the outgoing activity itself: a symbol is never serialised onto the wire. */
const ON_DELIVERED = Symbol('onReplyDelivered');

type WithCallback = Partial<Activity> & { [ON_DELIVERED]?: (id: string) => void };

/**
 * Asks for `record(id)` to run once `reply` is delivered and the channel gave it an id. A reply
 * may be asked for by more than one (a Teams verdict is the case's live card and a verdict to
 * take feedback on): each callback runs, in the order asked.
 */
export function onReplyDelivered(context: TurnContext, reply: Partial<Activity>, record: (id: string) => void): void {
  const earlier = (reply as WithCallback)[ON_DELIVERED];
  (reply as WithCallback)[ON_DELIVERED] = earlier
    ? (id) => {
        earlier(id);
        record(id);
      }
    : record;
  const state = turnStateOf(context);
  if (state.deliveryHooked) return;
  state.deliveryHooked = true;
  // Registered after the turn runner's outbox, so it runs when the outbox lets the sends through.
  context.onSendActivities(async (_ctx, activities, next) => {
    const responses: ResourceResponse[] = (await next()) ?? [];
    activities.forEach((activity, i) => {
      const callback = (activity as WithCallback)[ON_DELIVERED];
      const id = responses[i]?.id;
      if (callback && id) {
        callback(id);
        state.deliveredIdRecorded = true;
      }
    });
    return responses;
  });
}

/** Whether a delivered-reply callback ran in this turn (so the state may have changed after its save). */
export function recordedAfterDelivery(context: TurnContext): boolean {
  return turnStateOf(context).deliveredIdRecorded === true;
}
