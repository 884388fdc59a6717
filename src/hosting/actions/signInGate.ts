// The sign-in gate of the actions: a click that needs the partner's sign-in waits for it (the
// validated click only, bounded in bytes, one per user, a few users per conversation) and goes on
// once they are signed in, whichever way the sign-in ends: Teams' single sign-on token exchange
// (taken once per user and exchange id), Teams' verifyState after the card's page, the code typed
// in Web Chat (three wrong codes drop the waiting click), or Direct Line's tokens/response.
import { InvokeResponse, TurnContext } from 'botbuilder';
import { ActionClick } from '../../conversation/actions/actionClicks';
import { mayBeTyped, readTypedForSignIn } from '../../conversation/actions/signInTyping';
import { SignInEffect, SignInEvent, liveWaiting, signInStep } from '../../conversation/actions/signInMachine';
import { signInStateOf, withSignInState } from '../../conversation/actions/store';
import {
  loginAnswer,
  pageCodeOf,
  preconditionFailedBody,
  readTokenExchange,
  readUniversalSignIn,
  signInCardText,
  signOutLine,
  tokenExchangeAnswer,
  universalSignInStep,
  verifyStateAnswer,
  verifyStateFirst,
} from '../../conversation/actions/signInAnswers';
import { sayText } from '../../conversation/actions/screens';
import { isReplayed } from '../turns/replayedTurns';
import { ActionAnswer, Turn, send, sendCard } from './actionTurn';
import { SignIn } from './signIn';

export { MAX_CODE_MISSES, WAITING_MAX_BYTES, WAITING_USERS } from '../../conversation/actions/signInMachine';

/** Runs a click that waited, once its sender is signed in; its cards go out as messages. */
export type Resume = (turn: Turn, click: ActionClick) => Promise<ActionAnswer>;

/** What else a sign-out ends (a Web Chat visitor: its cookie then names nobody). */
export type SignedOut = (context: TurnContext) => Promise<void>;

/** Teams' single sign-on invoke, the one after a sign-in through the card's page, and a Direct Line client's event after its own sign-in. */
export { TOKEN_EXCHANGE_INVOKE, VERIFY_STATE_INVOKE, TOKENS_RESPONSE_EVENT } from '../../conversation/channel/routes';

export class SignInGate {
  constructor(
    private readonly signIn: SignIn,
    private readonly resumeClick: Resume,
    private readonly signedOut?: SignedOut,
  ) {}

  get connectionName(): string {
    return this.signIn.connectionName;
  }

  /** Keeps the click for after the sign-in and sends the sign-in card; in Teams, asks Teams to sign in the one who clicked instead. */
  async wait(turn: Turn, click: ActionClick): Promise<ActionAnswer> {
    if (turn.universal) {
      // Teams sends the click again once signed in: nothing is kept, nothing posted.
      return loginAnswer(await this.signIn.loginRequest(turn.context, turn.c.actions.signIn), turn.c.actions.failures.unavailable);
    }
    await this.step(turn, { on: 'wait', click });
    const s = turn.c.actions.signIn;
    const attachment = await this.signIn.card(turn.context, s);
    if (!attachment) {
      await send(turn, { text: turn.c.actions.failures.unavailable });
      return { kind: 'message', text: turn.c.actions.failures.unavailable };
    }
    const text = signInCardText(turn.surface, s);
    await turn.context.sendActivity({ type: 'message', attachments: [attachment], locale: turn.locale, ...(text ? { text } : {}) });
    return { kind: 'message', text: s.text };
  }

  /**
   * A Universal Actions click that comes back signed in: `value.authentication` (Teams' single
   * sign-on token, exchanged for the clicker alone) or `value.state` (the code after the sign-in
   * page). Undefined when the click carries neither or its sign-in went through; else the answer:
   * 412 asks Teams for the sign-in page instead, a refused code asks for sign-in again.
   */
  async universalSignIn(turn: Turn, value: unknown): Promise<ActionAnswer | undefined> {
    const read = readUniversalSignIn(value, this.signIn.connectionName);
    const accepted =
      read.kind === 'token'
        ? (await this.signIn.exchange(turn.context, read.token)) !== undefined
        : read.kind === 'code' && (await this.signIn.token(turn.context, read.code)) !== undefined;
    const step = universalSignInStep(read, accepted);
    if (step === 'goOn') return undefined;
    if (step === 'preconditionFailed') return { kind: 'invokeBody', body: preconditionFailedBody() };
    return loginAnswer(await this.signIn.loginRequest(turn.context, turn.c.actions.signIn), turn.c.actions.failures.unavailable);
  }

  /** Teams' single sign-on token: exchanged once per user and exchange id, then the waiting click goes on. */
  async tokenExchange(turn: Turn | undefined, value: unknown): Promise<InvokeResponse> {
    const connectionName = this.signIn.connectionName;
    const read = readTokenExchange(value, connectionName);
    if (!read.ours) return tokenExchangeAnswer(read.id, connectionName, 'notOurs');
    if (!turn) return tokenExchangeAnswer(read.id, connectionName, 'noSender');
    const { status } = await this.step(turn, { on: 'exchange', userId: turn.user.id, id: read.id }, read.token);
    return tokenExchangeAnswer(read.id, connectionName, status === 412 ? 'refused' : 'done');
  }

  /** Teams after a sign-in through the card's page: its code, taken once by the token service. */
  async verifyState(turn: Turn | undefined, value: unknown): Promise<InvokeResponse> {
    const first = verifyStateFirst(pageCodeOf(value), turn, (t) => isReplayed(t.context));
    if ('answer' in first) return first.answer;
    const signedIn = (await this.signIn.token(first.sender.context, first.check)) !== undefined;
    await this.step(first.sender, { on: signedIn ? 'signedIn' : 'pageRefused' });
    return verifyStateAnswer(signedIn);
  }

  /** Direct Line's word that the sign-in finished: the waiting click goes on. */
  async tokensResponse(turn: Turn | undefined): Promise<void> {
    if (turn && !isReplayed(turn.context) && (await this.signIn.token(turn.context))) await this.step(turn, { on: 'signedIn' });
  }

  /** Sign out (typed, or the button on an action card): through the token service; nothing of the sign-in stays here either. */
  async signOut(turn: Turn): Promise<ActionAnswer> {
    await this.step(turn, { on: 'signOut' });
    // The visitor ends whether or not the token service answers: its cookie must not stay the partner's.
    await this.signedOut?.(turn.context);
    const text = signOutLine(await this.signIn.signOut(turn.context), turn.c);
    await send(turn, { text });
    return { kind: 'message', text };
  }

  /** A short message the gate may take with no click waiting (conversation/actions/signInTyping.ts). */
  static mayBeTyped(text: string): boolean {
    return mayBeTyped(text);
  }

  /**
   * A typed code, the sign-out command, or anything typed while the sender's click waits for their
   * sign-in (read by readTypedForSignIn). False when the message is not the gate's.
   */
  async typed(turn: Turn | undefined, text: string): Promise<boolean> {
    if (!turn) return false;
    const read = readTypedForSignIn(text, liveWaiting(signInStateOf(turn.store, turn.user.id), Date.now()) !== undefined, turn.c);
    switch (read.kind) {
      case 'notMine':
        return false;
      case 'signOut':
        if (!isReplayed(turn.context)) await this.signOut(turn);
        return true;
      case 'code':
        return (await this.step(turn, { on: 'code', code: read.code })).taken;
      case 'typed':
        return (await this.step(turn, { on: 'typed', command: read.command })).taken;
    }
  }

  /** One step of the sign-in machine for the turn's user, its state written back and its effects carried out; `token`: Teams' token to exchange. */
  private async step(turn: Turn, event: SignInEvent, token?: string): Promise<{ taken: boolean; status?: 200 | 412 }> {
    const ctx = { now: Date.now(), replayed: isReplayed(turn.context) };
    let out = signInStep(signInStateOf(turn.store, turn.user.id), event, ctx);
    let status: 200 | 412 | undefined;
    for (;;) {
      Object.assign(turn.store, withSignInState(turn.store, turn.user.id, out.state, ctx.now));
      let next: SignInEvent | undefined;
      for (const effect of out.effects) {
        if (effect.do === 'respond') status = effect.status;
        else if (effect.do === 'exchangeToken')
          next = { on: 'exchanged', key: effect.key, ok: token !== undefined && (await this.signIn.exchange(turn.context, token)) !== undefined };
        else next = (await this.run(turn, effect)) ?? next;
      }
      if (!next) return { taken: out.taken, ...(status ? { status } : {}) };
      out = signInStep(out.state, next, ctx);
    }
  }

  private async run(turn: Turn, effect: SignInEffect): Promise<SignInEvent | undefined> {
    switch (effect.do) {
      case 'checkCode':
        return (await this.signIn.token(turn.context, effect.code)) ? { on: 'signedIn' } : { on: 'codeRefused' };
      case 'say':
        await send(turn, { text: sayText(effect.line, { c: turn.c, locale: turn.locale, sets: [] }) });
        return undefined;
      case 'resume': {
        const answered = await this.resumeClick({ ...turn, inPlace: false }, effect.click);
        // A step that answers in place (review, confirm) answered nothing visible here: its card goes out as a message.
        if (answered.kind === 'card') await sendCard(turn, answered.card, '');
        return undefined;
      }
      // The sign-in card and the sign-out are the callers' own (wait, signOut); the exchange and the invoke's answer, step's.
      default:
        return undefined;
    }
  }
}
