// One turn of the advisor as a pure function of its store and how the turn arrived: the flow's
// new state, the language picked (if any), the facts for telemetry and what to present. The host
// loads the store, calls this, keeps `flow` and sends the presentation; it decides nothing.
import { LocaleTag } from '../../domain/locales';
import { isRecord } from '../../domain/records';
import type { AdvisorStore } from './advisorStore';
import { AdvisorState, FlowContext, FlowInput, FlowUser, Reply, handleTurn, viewFor } from './flow';
import { Delivery, Presentation, present, withLink } from './present';
import { TurnFacts, turnFactsOf } from './turnFacts';

/** How the turn arrived, as the host read it from the activity. */
export interface Arrival {
  /** The surface (Microsoft 365 Copilot is one of its own, though Teams' channel). */
  channelId: string | undefined;
  input: FlowInput;
  /** A Universal Actions click answered in place, and the message the card is in where the channel says. */
  inPlace?: { cardId?: string };
  /** The activity carries a value (an Action.Submit), and the message it came from where the channel says. */
  submitted?: { replyToId?: string };
  /** Where a viewer can start a case of their own (the read-only view's link), if anywhere. */
  ownCaseUrl?: string;
}

/** What the host reads off a turn for its arrival: the surface, the input, a click answered in place, the activity's value and reply-to id. */
export interface ArrivalFacts {
  channelId: string | undefined;
  input: FlowInput;
  inPlace?: { cardId?: string };
  /** The activity's value: any, even null, is a submit. */
  value: unknown;
  replyToId?: string;
  ownCaseUrl?: string;
}

/** How the turn arrived: a click in place with its card's id where known, a submit with the message it came from. */
export function arrivalFrom(facts: ArrivalFacts): Arrival {
  const arrival: Arrival = { channelId: facts.channelId, input: facts.input };
  if (facts.inPlace) arrival.inPlace = facts.inPlace.cardId === undefined ? {} : { cardId: facts.inPlace.cardId };
  if (facts.value !== undefined) arrival.submitted = facts.replyToId ? { replyToId: facts.replyToId } : {};
  if (facts.ownCaseUrl) arrival.ownCaseUrl = facts.ownCaseUrl;
  return arrival;
}

/** What presenting the turn needs to know of how it arrived, and of the live card the store knows. */
export function deliveryOf(arrival: Arrival, liveCardId: string | undefined): Delivery {
  const delivery: Delivery = { channelId: arrival.channelId };
  if (arrival.inPlace) {
    // A case card's data carries the step token; the greeting's, help's and the picker's do not.
    const data = arrival.input.kind === 'submit' ? arrival.input.data : undefined;
    const onCaseCard = isRecord(data) && typeof data.token === 'string';
    delivery.click = arrival.inPlace.cardId === undefined ? { onCaseCard } : { cardId: arrival.inPlace.cardId, onCaseCard };
  } else if (arrival.submitted) delivery.submit = arrival.submitted.replyToId ? { messageId: arrival.submitted.replyToId } : {};
  if (liveCardId) delivery.liveCardId = liveCardId;
  if (arrival.ownCaseUrl) delivery.ownCaseUrl = arrival.ownCaseUrl;
  return delivery;
}

export interface AdvisorTurn {
  flow: AdvisorState;
  /** The language the user picked this turn, when it is another than the turn's. */
  newLocale?: LocaleTag;
  /** For the host's telemetry (span attributes, outcome counts): ids only. */
  facts: TurnFacts;
  plan: Presentation;
}

/** The turn for the store's case; `ctx` is the flow's context in the turn's language. */
export function advisorTurn(store: AdvisorStore, arrival: Arrival, ctx: FlowContext, user: FlowUser | undefined): AdvisorTurn {
  const result = handleTurn(store.flow, arrival.input, ctx, user);
  const newLocale = result.locale && result.locale !== ctx.locale ? result.locale : undefined;
  const facts = turnFactsOf(result, newLocale ?? ctx.locale);
  const plan = present(result, deliveryOf(arrival, store.questionActivityId), ctx);
  return newLocale ? { flow: result.state, newLocale, facts, plan } : { flow: result.state, facts, plan };
}

/**
 * A card asked for again (Teams' refresh, a retried click): the case for this viewer. A card
 * other than the case's live one shows that it belongs to an earlier case.
 */
export function viewOf(
  store: AdvisorStore | undefined,
  cardId: string | undefined,
  user: FlowUser | undefined,
  ctx: FlowContext,
  ownCaseUrl: string | undefined,
): Reply {
  const live = cardId === undefined || store?.questionActivityId === undefined || store.questionActivityId === cardId;
  return withLink(viewFor(store?.flow, user, ctx, live), ownCaseUrl);
}
