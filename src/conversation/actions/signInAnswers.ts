// What the channels' sign-in invokes say, and how each is answered: Teams' single sign-on token
// exchange (`signin/tokenExchange`: 400 when it is not this bot's or has no sender, 412 when the
// token service refuses it, so that Teams shows the card's sign-in button, else 200), Teams'
// `signin/verifyState` after the card's page (400 without a code, 404 when the code is refused),
// a Universal Actions click that comes back signed in (`value.authentication` or `value.state`),
// and the Universal Actions sign-in request itself (401 `loginRequest`). Pure: the host asks the
// token service and sends the answers; the sign-in's state is the machine's (signInMachine.ts).
import { isRecord } from '../../domain/records';
import { TOKEN_EXCHANGE_FAILURE } from '../../protocols/http/tokenExchangeDetails';
import type { InvokeAnswer } from '../channel/feedbackInvoke';
import { CARD_ACTION_INVOKE, type ClickAnswer } from '../cards/cardActions';
import { featuresOf } from '../cards/channelFeatures';
import type { Catalog } from '../../domain/textCatalog';

/** The longest exchange id kept. */
export const MAX_EXCHANGE_ID = 128;
/** The longest sign-in page code read (the token service's are six digits). */
export const MAX_PAGE_CODE = 64;

/** The two invokes that carry Teams' sign-in, and the Universal Actions click's value. */
const valueOf = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

/** The code a sign-in page showed, as `signin/verifyState` or a Universal Actions click carries it; '' when none. */
export function pageCodeOf(value: unknown): string {
  const state = valueOf(value).state;
  return typeof state === 'string' ? state.slice(0, MAX_PAGE_CODE) : '';
}

/** A `signin/tokenExchange` invoke read: this bot's, with its exchange id and Teams' token, or not. */
export type TokenExchangeRead = { ours: true; id: string; token: string } | { ours: false; id: string };

export function readTokenExchange(value: unknown, connectionName: string): TokenExchangeRead {
  const v = valueOf(value);
  const id = typeof v.id === 'string' ? v.id.slice(0, MAX_EXCHANGE_ID) : '';
  if (id === '' || v.connectionName !== connectionName || typeof v.token !== 'string' || v.token === '') return { ours: false, id };
  return { ours: true, id, token: v.token };
}

/** How a token exchange ended: not this bot's, no sender to sign in, refused by the token service (or consent needed), or done. */
export type TokenExchangeOutcome = 'notOurs' | 'noSender' | 'refused' | 'done';

/** Teams reads the exchange id and connection back, and a failure's detail. */
export function tokenExchangeAnswer(id: string, connectionName: string, outcome: TokenExchangeOutcome): InvokeAnswer {
  const body = (failureDetail?: string) => ({ id, connectionName, ...(failureDetail ? { failureDetail } : {}) });
  switch (outcome) {
    case 'notOurs':
      return { status: 400, body: body(TOKEN_EXCHANGE_FAILURE.notOurs) };
    case 'noSender':
      return { status: 400, body: body(TOKEN_EXCHANGE_FAILURE.noSender) };
    case 'refused':
      return { status: 412, body: body(EXCHANGE_REFUSED) };
    case 'done':
      return { status: 200, body: body() };
  }
}

/** `signin/verifyState` before the token service is asked: answered at once (no sender or code: 400; a retry of a turn taken: 200), or the code to check for its sender. */
export function verifyStateFirst<T>(
  code: string,
  sender: T | undefined,
  replayed: (sender: T) => boolean,
): { answer: InvokeAnswer } | { check: string; sender: T } {
  if (sender === undefined || code === '') return { answer: { status: 400 } };
  if (replayed(sender)) return { answer: { status: 200 } };
  return { check: code, sender };
}

/** `signin/verifyState` once the token service answered the code. */
export const verifyStateAnswer = (signedIn: boolean): InvokeAnswer => ({ status: signedIn ? 200 : 404 });

/** What a Universal Actions click says of a sign-in: Teams' token for the clicker (`authentication`, this connection's), the sign-in page's code, or nothing. */
export type UniversalSignIn = { kind: 'token'; token: string } | { kind: 'code'; code: string } | { kind: 'none' };

export function readUniversalSignIn(value: unknown, connectionName: string): UniversalSignIn {
  const v = valueOf(value);
  const auth = isRecord(v.authentication) ? v.authentication : undefined;
  if (auth && typeof auth.token === 'string' && auth.token !== '' && auth.connectionName === connectionName) return { kind: 'token', token: auth.token };
  const code = pageCodeOf(v);
  return code === '' ? { kind: 'none' } : { kind: 'code', code };
}

const EXCHANGE_REFUSED = 'The token could not be exchanged: sign in with the button instead.';

/**
 * A Universal Actions click once its sign-in was checked (`accepted`: the token exchanged, or the
 * page's code taken): it goes on; a refused token asks Teams for the sign-in page (412); a refused
 * code asks for the sign-in again. A click carrying neither goes on: its step decides.
 */
export function universalSignInStep(read: UniversalSignIn, accepted: boolean): 'goOn' | 'preconditionFailed' | 'signInAgain' {
  if (read.kind === 'none' || accepted) return 'goOn';
  return read.kind === 'token' ? 'preconditionFailed' : 'signInAgain';
}

/** Teams' sign-in for the one who clicked (its loginRequest); without a link from the token service, the line that the actions are unavailable. */
export const loginAnswer = (body: Record<string, unknown> | undefined, unavailable: string): ClickAnswer =>
  body ? { kind: 'invokeBody', body } : { kind: 'message', text: unavailable };

/** A Universal Actions click whose token could not be exchanged: 412 asks Teams for the sign-in page instead. */
export function preconditionFailedBody(): Record<string, unknown> {
  return { statusCode: 412, type: 'application/vnd.microsoft.error.preconditionFailed', value: { code: 'PreconditionFailed', message: EXCHANGE_REFUSED } };
}

/** What the token service gives for a sign-in: its link, and for Teams' single sign-on its exchange resource. */
export interface SignInResource {
  signInLink: string;
  tokenExchangeResource?: unknown;
}

/**
 * Universal Actions' sign-in request ("Add code to enable SSO for Adaptive Cards Universal
 * Actions"): status 401 with a `loginRequest` carrying the connection's token exchange resource
 * (Teams then signs in the person who clicked and sends the click again with
 * `value.authentication`) and the sign-in link (after which the click comes again with
 * `value.state`, the code). Nothing is posted to the chat.
 */
export function loginRequestBody(connectionName: string, resource: SignInResource, texts: { text: string; button: string }): Record<string, unknown> {
  return {
    statusCode: 401,
    type: 'application/vnd.microsoft.activity.loginRequest',
    value: {
      text: texts.text,
      connectionName,
      ...(resource.tokenExchangeResource ? { tokenExchangeResource: resource.tokenExchangeResource } : {}),
      buttons: [{ title: texts.button, text: texts.button, type: 'signin', value: resource.signInLink }],
    },
  };
}

/** Teams signs in the clicker itself (Universal Actions) for a card's invoke in Teams; Copilot, whose surface is its own, and every message click get the sign-in card. */
export function signsInUniversally(activity: { type?: unknown; name?: unknown }, surface: string | undefined): boolean {
  return activity.type === 'invoke' && activity.name === CARD_ACTION_INVOKE && surface === 'msteams';
}

/** The text beside the sign-in card: where no single sign-on happens (Web Chat), the page ends with a code to type here, so the card says so; none elsewhere. */
export function signInCardText(surface: string | undefined, texts: { codePrompt: string }): string | undefined {
  return featuresOf(surface).singleSignOn ? undefined : texts.codePrompt;
}

/** The line after a sign-out: signed out, or the token service could not be reached (whatever else it ended, the visitor ended too). */
export const signOutLine = (signedOut: boolean, c: Catalog): string => (signedOut ? c.actions.signIn.signedOut : c.actions.failures.unavailable);
