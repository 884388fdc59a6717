// The sign-in gate of the actions: a click that needs the partner's sign-in waits for it (the
// validated click only, bounded in bytes, one per user, a few users per conversation) and goes on
// once they are signed in, whichever way the sign-in ends: Teams' single sign-on token exchange
// (taken once per user and exchange id), Teams' verifyState after the card's page, the code typed
// in Web Chat (three wrong codes drop the waiting click), or Direct Line's tokens/response.
import { InvokeResponse, TurnContext } from 'botbuilder';
import { availableLocales, catalogFor, format } from '../../domain/textCatalog';
import { normalize } from '../../domain/matching';
import { isRecord } from '../../domain/records';
import { ActionClick } from '../../conversation/actionClicks';
import { featuresOf } from '../../conversation/channelFeatures';
import { readWhileSigningIn } from '../../conversation/signInTyping';
import { isReplayed } from '../turns/replayedTurns';
import { ActionAnswer, Turn, Waiting, send, sendCard } from './actionTurn';
import { SignIn } from './signIn';

/** How long a click waits for its sign-in. */
const WAITING_MS = 15 * 60_000;
/** Users with a click waiting, per conversation (the oldest forgotten first). */
export const WAITING_USERS = 20;
/** The most a waiting click may take in state; a validated click is far smaller (every input is bounded). */
export const WAITING_MAX_BYTES = 16 * 1024;
/** Exchanges remembered per conversation, and the longest exchange id kept. */
const EXCHANGES_KEPT = 20;
const MAX_EXCHANGE_ID = 128;
/** Wrong codes in a row before the waiting click is dropped (each costs the token service a call). */
export const MAX_CODE_MISSES = 3;

/** Runs a click that waited, once its sender is signed in; its cards go out as messages. */
export type Resume = (turn: Turn, click: ActionClick) => Promise<ActionAnswer>;

/** What else a sign-out ends (a Web Chat visitor: its cookie then names nobody). */
export type SignedOut = (context: TurnContext) => Promise<void>;

/** Teams' single sign-on invoke, the one after a sign-in through the card's page, and a Direct Line client's event after its own sign-in. */
export { TOKEN_EXCHANGE_INVOKE, VERIFY_STATE_INVOKE, TOKENS_RESPONSE_EVENT } from '../../conversation/routes';

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
    const now = Date.now();
    const pending = Object.fromEntries(Object.entries(turn.store.pending ?? {}).filter(([, w]) => now - w.at <= WAITING_MS));
    const kept: Waiting = { click: fitting(click), at: now };
    pending[turn.user.id] = kept;
    const users = Object.keys(pending).sort((a, b) => pending[a]!.at - pending[b]!.at);
    for (const old of users.slice(0, Math.max(0, users.length - WAITING_USERS))) delete pending[old];
    turn.store.pending = pending;
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
    // Every client of the user sends the same exchange: the first one signs in, the others only hear it went well.
    // Keyed by user too: another member's exchange id never stands for this one's.
    const key = `${turn.user.id}\n${id}`;
    const seen = turn.store.exchanges ?? [];
    if (seen.includes(key) || isReplayed(turn.context)) return { status: 200, body: body() };
    const token = await this.signIn.exchange(turn.context, value.token);
    // 412 tells Teams to show the card's sign-in button instead (consent, or a stronger sign-in, is needed).
    if (!token) return { status: 412, body: body('The token could not be exchanged: sign in with the button instead.') };
    turn.store.exchanges = [...seen, key].slice(-EXCHANGES_KEPT);
    await this.resume(turn);
    return { status: 200, body: body() };
  }

  /** Teams after a sign-in through the card's page: its code, taken once by the token service. */
  async verifyState(turn: Turn | undefined, value: Record<string, unknown>): Promise<InvokeResponse> {
    const code = typeof value.state === 'string' ? value.state.slice(0, 64) : '';
    if (!turn || code === '') return { status: 400 };
    if (isReplayed(turn.context)) return { status: 200 };
    if (!(await this.signIn.token(turn.context, code))) {
      await send(turn, { text: this.problem(turn, 'failed') });
      return { status: 404 };
    }
    await this.resume(turn);
    return { status: 200 };
  }

  /** Direct Line's word that the sign-in finished: the waiting click goes on. */
  async tokensResponse(turn: Turn | undefined): Promise<void> {
    if (turn && !isReplayed(turn.context) && (await this.signIn.token(turn.context))) await this.resume(turn);
  }

  /**
   * A message that may be the code a sign-in page showed (Web Chat): taken when its sender has a
   * click waiting for sign-in, or answered "you're signed in" when they already are (a code sent
   * again). False when the message is not for the actions.
   */
  async typedCode(turn: Turn | undefined, text: string): Promise<boolean> {
    const code = text.trim();
    if (!turn || !/^\d+$/.test(code)) return false;
    const waiting = this.waitingOf(turn);
    if (!waiting) {
      if (code.length !== 6) return false;
      // A code sent again after it signed its sender in (a second tap, a pasted repeat): they are told so, and nothing is asked of the token service.
      const at = turn.store.signedIn?.[turn.user.id];
      if (at === undefined || Date.now() - at > WAITING_MS) return false;
      if (!isReplayed(turn.context)) await send(turn, { text: turn.c.actions.signIn.done });
      return true;
    }
    if (isReplayed(turn.context)) return true;
    // A code of the wrong length is a try too, without asking the token service.
    if (code.length === 6 && (await this.signIn.token(turn.context, code))) {
      await this.resume(turn);
      return true;
    }
    const misses = (waiting.misses ?? 0) + 1;
    if (misses >= MAX_CODE_MISSES) {
      delete turn.store.pending![turn.user.id];
      await send(turn, { text: format(turn.c.actions.signIn.tooManyCodes, { action: turn.c.actions.names[waiting.click.kind] }) });
      return true;
    }
    turn.store.pending![turn.user.id] = { ...waiting, misses };
    await send(turn, { text: format(turn.c.actions.signIn.codeRejected, { left: MAX_CODE_MISSES - misses, button: turn.c.actions.signIn.button }) });
    return true;
  }

  /** Sign out (typed, or the button on an action card): through the token service; nothing of the sign-in stays here either. */
  async signOut(turn: Turn): Promise<ActionAnswer> {
    if (turn.store.pending) delete turn.store.pending[turn.user.id];
    if (turn.store.signedIn) delete turn.store.signedIn[turn.user.id];
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
    const waiting = this.waitingOf(turn);
    if (!waiting) return SignInGate.mayBeTyped(text) && this.typedCode(turn, text);
    const read = readWhileSigningIn(text, turn.c, OTHER_CATALOGS);
    if (read.kind === 'command') return false;
    if (read.kind === 'code') return this.typedCode(turn, read.code);
    const s = turn.c.actions.signIn;
    if (!isReplayed(turn.context)) await send(turn, { text: format(s.waiting, { action: turn.c.actions.names[waiting.click.kind], button: s.button }) });
    return true;
  }

  private waitingOf(turn: Turn): Waiting | undefined {
    const entry = turn.store.pending?.[turn.user.id];
    return entry && isRecord(entry) && Date.now() - entry.at <= WAITING_MS ? entry : undefined;
  }

  /** The click that waited for this user's sign-in, carried out now (there is no clicked card to replace). */
  private async resume(turn: Turn): Promise<void> {
    const waiting = this.waitingOf(turn);
    if (turn.store.pending) delete turn.store.pending[turn.user.id];
    const signedIn = { ...(turn.store.signedIn ?? {}), [turn.user.id]: Date.now() };
    turn.store.signedIn = Object.fromEntries(
      Object.entries(signedIn)
        .sort(([, a], [, b]) => a - b)
        .slice(-WAITING_USERS),
    );
    if (!waiting) {
      await send(turn, { text: turn.c.actions.signIn.done });
      return;
    }
    const answered = await this.resumeClick({ ...turn, inPlace: false }, waiting.click);
    // A step that answers in place (review, confirm) answered nothing visible here: its card goes out as a message.
    if (answered.kind === 'card') await sendCard(turn, answered.card, '');
  }

  private problem(turn: Turn, which: 'failed'): string {
    const kind = this.waitingOf(turn)?.click.kind ?? 'invitationLink';
    return format(turn.c.actions.signIn[which], { action: turn.c.actions.names[kind] });
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

/** The click as kept: within its byte bound (the inputs go first; the step, kind and card stay). */
function fitting(click: ActionClick): ActionClick {
  if (Buffer.byteLength(JSON.stringify(click)) <= WAITING_MAX_BYTES) return click;
  return { ...click, inputs: {} };
}
