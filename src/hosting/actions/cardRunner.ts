// The interpreter of the card machine (conversation/actions/cardMachine.ts): reads the clicked
// card's record, runs `step`, keeps the record it leaves (and tells the open items), carries out
// each effect with the SDK and Microsoft's clients, and feeds a call's answer back as the next
// event until the machine answers the turn. It decides nothing.
import { randomUUID } from 'crypto';
import { ActionClick } from '../../conversation/actions/actionClicks';
import { readRecord } from '../../conversation/actions/actionRecords';
import { ViewContext } from '../../conversation/actions/actionViews';
import { makesOpenItem, step } from '../../conversation/actions/cardMachine';
import { CardEvent, CardState, Effect, StepContext } from '../../conversation/actions/machine';
import { render, sayText } from '../../conversation/actions/screens';
import { isReplayed } from '../turns/replayedTurns';
import { ActionCalls } from './actionCalls';
import { ActionAnswer, Turn, answer, saveClaim, send } from './actionTurn';
import { SignIn } from './signIn';
import { SignInGate } from './signInGate';
import { runCall } from './runCalls';

export interface Runner {
  calls: ActionCalls;
  signIn: SignIn;
  gate: SignInGate;
  conversationState: object;
  newCardId: () => string;
  view: (turn: Turn) => ViewContext;
  keep: (turn: Turn, cardId: string, record: NonNullable<CardState['record']>) => void;
  /** The conversation's settled result, read for a start only. */
  scope: (turn: Turn) => Promise<StepContext['scope']>;
  openItemsFull?: (turn: Turn) => Promise<number | undefined>;
}

/** Steps a turn can take at most (a confirmation of ten groups is twelve): a loop that never answers is cut short. */
const MAX_STEPS = 40;

export async function runClick(r: Runner, turn: Turn, click: ActionClick, resumed = false): Promise<ActionAnswer> {
  const cardId = click.cardId;
  const record = cardId ? readRecord(turn.store.cards?.[cardId]) : undefined;
  const view = r.view(turn);
  const full = r.openItemsFull && makesOpenItem(click, record) ? await r.openItemsFull(turn) : undefined;
  const ctx: StepContext = {
    user: turn.user,
    now: Date.now(),
    replayed: isReplayed(turn.context),
    inPlace: turn.inPlace,
    locale: turn.locale,
    roleSets: view.sets.map((s) => ({ id: s.id, roleIds: s.roles.map((x) => x.roleDefinitionId) })),
    // Only a start makes a card: no other click uses up an id.
    newCardId: click.step === 'start' ? r.newCardId() : '',
    newRequestId: randomUUID(),
    ...(click.step === 'start' ? { scope: await r.scope(turn) } : {}),
    ...(full !== undefined ? { openLimit: full } : {}),
    // A click that waited for its sender's sign-in was on the live copy when it was made.
    ...(cardId && !resumed && turn.store.shown?.[cardId] ? { lastShown: turn.store.shown[cardId] } : {}),
  };
  let state: CardState = { ...(cardId ? { cardId } : {}), ...(record ? { record } : {}) };
  let event: CardEvent = { on: 'click', click };
  let answered: ActionAnswer | undefined;
  for (let i = 0; i < MAX_STEPS; i++) {
    const out = step(state, event, ctx);
    if (out.state.record && out.state.cardId && out.state.record !== state.record) r.keep(turn, out.state.cardId, out.state.record);
    state = out.state;
    let next: CardEvent | undefined;
    for (const effect of out.effects) {
      if (effect.do === 'call') next = { on: 'answer', ...(await runCall(r.calls, r.signIn, turn, effect.call)) };
      else answered = (await run(r, turn, state, effect, view)) ?? answered;
    }
    if (!next) break;
    event = next;
  }
  return answered ?? { kind: 'message', text: turn.c.actions.problems.expired };
}

async function run(r: Runner, turn: Turn, state: CardState, effect: Exclude<Effect, { do: 'call' }>, view: ViewContext): Promise<ActionAnswer | undefined> {
  switch (effect.do) {
    case 'show':
      return answer(turn, render(effect.screen, state.record, state.cardId, view), effect.replaces);
    case 'send':
      await send(turn, render(effect.screen, state.record, state.cardId, view));
      return undefined;
    case 'reply':
      return { kind: 'message', text: sayText(effect.line, view) };
    case 'audit':
      r.calls.audit(turn, { action: effect.action, customerTenantId: effect.customerTenantId, outcome: effect.outcome, resultId: effect.resultId });
      return undefined;
    case 'saveClaim':
      await saveClaim(r.conversationState, turn.context);
      return undefined;
    case 'signIn':
      return r.gate.wait(turn, effect.click);
    case 'signOut':
      return r.gate.signOut(turn);
  }
}
