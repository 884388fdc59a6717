// The sign-in gate of the actions: a click that needs the partner's sign-in waits for it (the
// validated click only, bounded in bytes, one per user, a few users per conversation) and goes on
// once they are signed in, whichever way the sign-in ends: Teams' single sign-on token exchange
// (taken once per user and exchange id), Teams' verifyState after the card's page, the code typed
// in Web Chat (three wrong codes drop the waiting click), or Direct Line's tokens/response.
import { InvokeResponse, TurnContext } from 'botbuilder';
import { availableLocales, catalogFor } from '../../domain/textCatalog';
import { normalize } from '../../domain/matching';
import { isRecord } from '../../domain/records';
import { ActionClick } from '../../conversation/actions/actionClicks';
import { featuresOf } from '../../conversation/cards/channelFeatures';
import { readWhileSigningIn } from '../../conversation/actions/signInTyping';
import {
  SignInEffect,
  SignInEvent,
  SignInState,
  WAITING_MS,
  WAITING_USERS,
  liveWaiting,
  signInStep,
  withUserEntry,
} from '../../conversation/actions/signInMachine';
import { sayText } from '../../conversation/actions/screens';
import { isReplayed } from '../turns/replayedTurns';
import { ActionAnswer, Turn, send, sendCard } from './actionTurn';
import { SignIn } from './signIn';

export { MAX_CODE_MISSES, WAITING_MAX_BYTES, WAITING_USERS } from '../../conversation/actions/signInMachine';
/** The longest exchange id kept. */
const MAX_EXCHANGE_ID = 128;

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
      const body = await this.signIn.loginRequest(turn.context, turn.c.actions.signIn);
      return body ? { kind: 'invokeBody', body } : { kind: 'message', text: turn.c.actions.failures.unavailable };
    }
    await this.step(turn, { on: 'wait', click });
    const s = turn.c.actions.signIn;
    const attachment = await this.signIn.card(turn.context, s);
    if (!attachment) {
      await send(turn, { text: turn.c.actions.failures.unavailable });
      return { kind: 'message', text: turn.c.actions.failures.unavailable };
    }
    // Where no single sign-on happens (Web Chat), the page ends with a code to type here.
    const codeHint = featuresOf(turn.surface).singleSignOn ? {} : { text: s.codePrompt };
    await turn.context.sendActivity({ type: 'message', attachments: [attachment], locale: turn.locale, ...codeHint });
    return { kind: 'message', text: s.text };
  }

  /**
   * A Universal Actions click that comes back signed in: `value.authentication` (Teams' single
   * sign-on token, exchanged for the clicker alone) or `value.state` (the code after the sign-in
   * page). Undefined when the click carries neither or its sign-in went through; else the answer:
   * 412 asks Teams for the sign-in page instead, a refused code asks for sign-in again.
   */
  async universalSignIn(turn: Turn, value: Record<string, unknown>): Promise<ActionAnswer | undefined> {
    const auth = isRecord(value.authentication) ? value.authentication : undefined;
    if (auth && typeof auth.token === 'string' && auth.token !== '' && auth.connectionName === this.signIn.connectionName) {
      if (await this.signIn.exchange(turn.context, auth.token)) return undefined;
      const failed = { code: 'PreconditionFailed', message: 'The token could not be exchanged: sign in with the button instead.' };
      return { kind: 'invokeBody', body: { statusCode: 412, type: 'application/vnd.microsoft.error.preconditionFailed', value: failed } };
    }
    const code = typeof value.state === 'string' ? value.state.slice(0, 64) : '';
    if (code === '' || (await this.signIn.token(turn.context, code))) return undefined;
    const body = await this.signIn.loginRequest(turn.context, turn.c.actions.signIn);
    return body ? { kind: 'invokeBody', body } : { kind: 'message', text: turn.c.actions.failures.unavailable };
  }

  /** Teams' single sign-on token: exchanged once per user and exchange id, then the waiting click goes on. */
  async tokenExchange(turn: Turn | undefined, value: Record<string, unknown>): Promise<InvokeResponse> {
    const id = typeof value.id === 'string' ? value.id.slice(0, MAX_EXCHANGE_ID) : '';
    const connectionName = this.signIn.connectionName;
    const body = (failureDetail?: string) => ({ id, connectionName, ...(failureDetail ? { failureDetail } : {}) });
    if (id === '' || value.connectionName !== connectionName || typeof value.token !== 'string' || value.token === '') {
      return { status: 400, body: body("The token exchange request is not this bot's.") };
    }
    if (!turn) return { status: 400, body: body('The sender has no usable id.') };
    const { status } = await this.step(turn, { on: 'exchange', userId: turn.user.id, id }, value.token);
    return status === 412 ? { status, body: body('The token could not be exchanged: sign in with the button instead.') } : { status: 200, body: body() };
  }

  /** Teams after a sign-in through the card's page: its code, taken once by the token service. */
  async verifyState(turn: Turn | undefined, value: Record<string, unknown>): Promise<InvokeResponse> {
    const code = typeof value.state === 'string' ? value.state.slice(0, 64) : '';
    if (!turn || code === '') return { status: 400 };
    if (isReplayed(turn.context)) return { status: 200 };
    const signedIn = (await this.signIn.token(turn.context, code)) !== undefined;
    await this.step(turn, { on: signedIn ? 'signedIn' : 'pageRefused' });
    return { status: signedIn ? 200 : 404 };
  }

  /** Direct Line's word that the sign-in finished: the waiting click goes on. */
  async tokensResponse(turn: Turn | undefined): Promise<void> {
    if (turn && !isReplayed(turn.context) && (await this.signIn.token(turn.context))) await this.step(turn, { on: 'signedIn' });
  }

  /**
   * A message that may be the code a sign-in page showed (Web Chat): taken when its sender has a
   * click waiting for sign-in, or answered "you're signed in" when they already are (a code sent
   * again). False when the message is not for the actions.
   */
  async typedCode(turn: Turn | undefined, text: string): Promise<boolean> {
    const code = text.trim();
    if (!turn || !/^\d+$/.test(code)) return false;
    return (await this.step(turn, { on: 'code', code })).taken;
  }

  /** Sign out (typed, or the button on an action card): through the token service; nothing of the sign-in stays here either. */
  async signOut(turn: Turn): Promise<ActionAnswer> {
    await this.step(turn, { on: 'signOut' });
    // The visitor ends whether or not the token service answers: its cookie must not stay the partner's.
    await this.signedOut?.(turn.context);
    const text = (await this.signIn.signOut(turn.context)) ? turn.c.actions.signIn.signedOut : turn.c.actions.failures.unavailable;
    await send(turn, { text });
    return { kind: 'message', text };
  }

  /** A short message the gate may take: a six-digit code, or the sign-out command in any of the advisor's languages. */
  static mayBeTyped(text: string): boolean {
    return /^\s*\d{6}\s*$/.test(text) || isSignOut(text);
  }

  /**
   * A typed code, the sign-out command, or anything typed while the sender's click waits for their
   * sign-in: that is answered with how to go on (and how to get a new code), the click kept. A
   * command of the advisor's goes on to it. False when the message is not the gate's.
   */
  async typed(turn: Turn | undefined, text: string): Promise<boolean> {
    if (!turn) return false;
    if (isSignOut(text)) {
      if (!isReplayed(turn.context)) await this.signOut(turn);
      return true;
    }
    if (!liveWaiting(this.read(turn), Date.now())) return SignInGate.mayBeTyped(text) && this.typedCode(turn, text);
    const read = readWhileSigningIn(text, turn.c, OTHER_CATALOGS);
    if (read.kind === 'code') return this.typedCode(turn, read.code);
    return (await this.step(turn, { on: 'typed', command: read.kind === 'command' })).taken;
  }

  /** One step of the sign-in machine for the turn's user, its state written back and its effects carried out; `token`: Teams' token to exchange. */
  private async step(turn: Turn, event: SignInEvent, token?: string): Promise<{ taken: boolean; status?: 200 | 412 }> {
    const ctx = { now: Date.now(), replayed: isReplayed(turn.context) };
    let out = signInStep(this.read(turn), event, ctx);
    let status: 200 | 412 | undefined;
    for (;;) {
      this.write(turn, out.state);
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

  private read(turn: Turn): SignInState {
    const waiting = turn.store.pending?.[turn.user.id];
    const at = turn.store.signedIn?.[turn.user.id];
    const exchanges = turn.store.exchanges;
    return { ...(waiting && isRecord(waiting) ? { waiting } : {}), ...(typeof at === 'number' ? { signedInAt: at } : {}), ...(exchanges ? { exchanges } : {}) };
  }

  private write(turn: Turn, state: SignInState): void {
    const now = Date.now();
    const id = turn.user.id;
    turn.store.pending = withUserEntry(turn.store.pending, id, state.waiting, (w) => w.at, now, WAITING_USERS, WAITING_MS);
    turn.store.signedIn = withUserEntry(turn.store.signedIn, id, state.signedInAt, (t) => t, now, WAITING_USERS);
    if (state.exchanges) turn.store.exchanges = [...state.exchanges];
  }
}
/**
 * The sign-out command in every language the advisor speaks (a Hungarian partner may type it in
 * English), folded as the conversation folds every command phrase (normalize), so that the
 * check that no typed word belongs to two commands (test/locales/commandPhrases.test.ts) holds
 * for this list too: this check runs before the conversation reads a command.
 */
/** Every language's catalog: a command typed while signing in is read in any of them, as the advisor reads it. */
const OTHER_CATALOGS = availableLocales().map(catalogFor);

const SIGN_OUT_WORDS: ReadonlySet<string> = new Set(availableLocales().flatMap((l) => catalogFor(l).actions.signOutCommand.phrases.map(normalize)));

/** Longer than this, a message is no sign-out phrase whatever its spaces and marks: it is not folded at all. */
const SIGN_OUT_MAX_CHARS = 64;

function isSignOut(text: string): boolean {
  return text.length <= SIGN_OUT_MAX_CHARS && SIGN_OUT_WORDS.has(normalize(text));
}
