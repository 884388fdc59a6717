// One turn of the Partner Center actions: who acts, in which language and channel, under which
// correlation id (all the turn state's), the actions' share of the conversation state, and how an
// answer reaches the user: through the one reply path (conversation/cards/messages.ts), or in place of the
// clicked card where the host answers an invoke with a card.
import { randomUUID } from 'crypto';
import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { Catalog, catalogFor } from '../../domain/textCatalog';
import { LocaleTag } from '../../domain/locales';
import { ActionView, actionCard } from '../../conversation/actions/actionCards';
import { cardDigest, stamped, withShownCard } from '../../conversation/actions/cardVersions';
import { Owner } from '../../conversation/actions/actionRecords';
import { Shown, placementOf } from '../../conversation/actions/actionViews';
import { senderOf } from '../../conversation/channel/channelActivity';
import { AdaptiveCard } from '../../conversation/cards/cards';
import type { ClickAnswer } from '../../conversation/cards/cardActions';
import { forChannel } from '../../conversation/cards/channelFeatures';
import { activityFor } from '../../conversation/cards/messages';
import { turnStateOf } from '../context/turnState';

export { ACTIONS_PROPERTY } from '../../conversation/actions/store';
export type { ActionsStore, Waiting } from '../../conversation/actions/store';
import type { ActionsStore } from '../../conversation/actions/store';

/** How a click is answered: one type for every feature's clicks (conversation/cards/cardActions.ts). */
export type ActionAnswer = ClickAnswer;

export interface Turn {
  context: TurnContext;
  store: ActionsStore;
  c: Catalog;
  locale: LocaleTag;
  /** The channel's form of a card (Teams, Copilot, or the standard one). */
  surface: string | undefined;
  /** A Teams click on an action card: its answer replaces the card. */
  inPlace: boolean;
  /** A Universal Actions click in Teams: its sign-in is Teams' own (loginRequest), for the person who clicked only. */
  universal?: boolean;
  user: Owner;
  /** The turn's own correlation id (logging/turnLogger): Partner Center's logs, the audit and the turn's log line name the same one. */
  correlationId: string;
}

/** The turn, or undefined for a sender without a usable id (who acts on nothing). */
export async function actionTurn(
  accessor: StatePropertyAccessor<ActionsStore>,
  context: TurnContext,
  locale: LocaleTag,
  surface: string | undefined,
  inPlace: boolean,
): Promise<Turn | undefined> {
  const user = senderOf(context.activity);
  if (!user) return undefined;
  const store = await accessor.get(context, {});
  return {
    context,
    store,
    c: catalogFor(locale),
    locale,
    surface,
    inPlace,
    user,
    correlationId: turnStateOf(context).correlationId ?? randomUUID(),
  };
}

/** `replaces`: the answer stands in for the clicked card (in place where the host has that: placementOf). */
export async function answer(turn: Turn, shown: Shown, replaces: boolean): Promise<ActionAnswer> {
  const placed = placementOf(shown, turn.inPlace, replaces);
  if ('line' in placed) {
    if (placed.send) await send(turn, shown);
    return { kind: 'message', text: placed.line };
  }
  if ('inPlace' in placed) return { kind: 'card', card: forChannel('notice', rendered(turn, placed.inPlace).card, turn.surface) };
  await send(turn, shown);
  return { kind: 'message', text: turn.c.actions.steps.opened };
}

export async function send(turn: Turn, shown: Shown): Promise<void> {
  if ('text' in shown) {
    await turn.context.sendActivity(activityFor({ text: shown.text }, turn.surface, turn.locale));
    return;
  }
  const card = rendered(turn, shown.view);
  await sendCard(turn, card.card, card.summary);
}

/** A step's card with its version on its buttons (conversation/actions/cardVersions.ts), the versions kept in the store. */
function rendered(turn: Turn, view: ActionView): { card: AdaptiveCard; summary: string } {
  const built = actionCard(view, turn.c);
  if (!('cardId' in view)) return built;
  const { shown, v } = withShownCard(turn.store.shown, turn.store.cards, view.cardId, cardDigest(built.card));
  turn.store.shown = shown;
  return { card: stamped(built.card, view.cardId, v), summary: built.summary };
}

export async function sendCard(turn: Turn, card: AdaptiveCard, summary: string): Promise<void> {
  await turn.context.sendActivity(activityFor({ kind: 'notice', card, fallbackText: summary }, turn.surface, turn.locale));
}

/**
 * Saves the turn's conversation state now, before a create call: with the optimistic state
 * (state/optimisticState.ts) the write is conditional, so of two instances handed the same
 * confirmation only one saves its claim; the other's write conflicts and the turn runner runs its
 * turn again on the state now stored, where the claim stops it calling anything.
 */
export async function saveClaim(conversationState: object, context: TurnContext): Promise<void> {
  const optimistic = conversationState as { commit?: (context: TurnContext) => Promise<boolean> };
  if (typeof optimistic.commit === 'function') await optimistic.commit(context);
}
