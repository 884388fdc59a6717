// One turn of the Partner Center actions: who acts, in which language and channel, under which
// correlation id (all the turn state's), the actions' share of the conversation state, and how an
// answer reaches the user: through the one reply path (replies/activities.ts), or in place of the
// clicked card where the host answers an invoke with a card.
import { createHash, randomUUID } from 'crypto';
import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { Catalog, catalogFor } from '../../domain/textCatalog';
import { LocaleTag } from '../../domain/locales';
import { ActionView, actionCard } from '../../conversation/actions/actionCards';
import { nextVersion, stamped } from '../../conversation/actions/cardVersions';
import { Owner } from '../../conversation/actions/actionRecords';
import { Shown } from '../../conversation/actions/actionViews';
import { AdaptiveCard } from '../../conversation/cards/cards';
import type { ClickAnswer } from '../../conversation/cards/cardActions';
import { forChannel } from '../../conversation/cards/channelFeatures';
import { activityFor } from '../replies/activities';
import { turnStateOf } from '../context/turnState';
import type { EditionId } from '../../domain/editions';
import { settledOutcome } from '../../domain/rules';
import type { AdvisorStore } from '../../conversation/advisor/advisorStore';

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
  const from = context.activity.from;
  const id = from?.id;
  if (typeof id !== 'string' || id === '' || id.length > 256) return undefined;
  const name = typeof from?.name === 'string' && from.name.trim() !== '' ? from.name.trim().slice(0, 256) : undefined;
  const store = await accessor.get(context, {});
  return {
    context,
    store,
    c: catalogFor(locale),
    locale,
    surface,
    inPlace,
    user: name ? { id, name } : { id },
    correlationId: turnStateOf(context).correlationId ?? randomUUID(),
  };
}

/** `replaces`: the answer stands in for the clicked card (in place where the host has that). */
export async function answer(turn: Turn, shown: Shown, replaces: boolean): Promise<ActionAnswer> {
  if ('text' in shown) {
    // A line alone: the invoke's answer where there is one, else a message.
    if (!turn.inPlace) await send(turn, shown);
    return { kind: 'message', text: shown.text };
  }
  if (turn.inPlace && replaces) return { kind: 'card', card: forChannel('notice', rendered(turn, shown.view).card, turn.surface) };
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

/** A step's card with its version on its buttons: the version moves on when the card shows something new. */
function rendered(turn: Turn, view: ActionView): { card: AdaptiveCard; summary: string } {
  const built = actionCard(view, turn.c);
  if (!('cardId' in view)) return built;
  const id = view.cardId;
  const shown = nextVersion(turn.store.shown?.[id], createHash('sha256').update(JSON.stringify(built.card)).digest('base64url').slice(0, 16));
  // Kept for the cards still kept (and this one), so the map never outgrows them.
  const kept = Object.entries({ ...(turn.store.shown ?? {}), [id]: shown }).filter(([k]) => k === id || Object.hasOwn(turn.store.cards ?? {}, k));
  turn.store.shown = Object.fromEntries(kept);
  return { card: stamped(built.card, id, shown.v), summary: built.summary };
}

export async function sendCard(turn: Turn, card: AdaptiveCard, summary: string): Promise<void> {
  await turn.context.sendActivity(activityFor({ kind: 'notice', card, fallbackText: summary }, turn.surface, turn.locale));
}

/** The conversation's settled result and its answers, from the advisor's own state: what an action applies to. None before a result. */
export function resultScope(store: AdvisorStore | undefined, edition: EditionId) {
  const flow = store?.flow;
  if (!flow || flow.phase !== 'result') return undefined;
  const outcome = settledOutcome(flow.answers, edition);
  return outcome ? { ...outcome, answers: flow.answers } : undefined;
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
