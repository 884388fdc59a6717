// What the bot's HTTP entry (POST /api/messages) answers, and why: the shell
// (hosting/http/advisorAdapter.ts) reads the request, asks the SDK and runs the turn; which
// outcome gets which status, body and Retry-After, which failures are the caller's token's, what
// an Authorization header must look like before a token is looked at, and, in local mode, which
// service URLs the bot replies to, are here. No answer carries the SDK's error text.
import { activityLimitsProblem, serviceUrlParts } from './activityShape';

export type EntryOutcome =
  /** Anything but a POST. */
  | { kind: 'method' }
  /** The activity's fields break its shape (activityShape.ts). */
  | { kind: 'shape'; problem: string }
  /** Local mode (no registration): a service URL not on this machine. */
  | { kind: 'notLoopback' }
  /** The token, or its absence, is the problem: never retried. */
  | { kind: 'unauthenticated' }
  /** The keys to check the token could not be had: nothing wrong with the request, sent again. */
  | { kind: 'keysUnavailable' }
  /** The turn hit a transient failure of the infrastructure: sent again. */
  | { kind: 'transient' }
  /** Anything else. */
  | { kind: 'failed' };

export interface EntryAnswer {
  status: 400 | 401 | 403 | 405 | 500 | 503;
  body?: { code: string; message: string };
  /** Seconds, for Retry-After: the channel sends it again. */
  retryAfter?: string;
}

/** Seconds a channel is asked to wait before it sends the activity again. */
const RETRY_AFTER_SECONDS = '2';

/** An answer that carries a body: every one but a wrong method's. */
export type BodyAnswer = EntryAnswer & { body: { code: string; message: string } };

const UNAUTHORIZED: BodyAnswer = { status: 401, body: { code: 'Unauthorized', message: 'The request is not authorized for this bot.' } };
const KEYS_UNAVAILABLE: BodyAnswer = {
  status: 503,
  body: { code: 'ServiceUnavailable', message: 'The bot could not check this request now; please retry.' },
  retryAfter: RETRY_AFTER_SECONDS,
};

export function entryAnswer(outcome: EntryOutcome): EntryAnswer {
  switch (outcome.kind) {
    case 'method':
      return { status: 405 };
    case 'shape':
      return { status: 400, body: { code: 'BadRequest', message: outcome.problem } };
    case 'notLoopback':
      return { status: 403, body: { code: 'Forbidden', message: 'Without an app registration the bot replies only to a loopback serviceUrl.' } };
    case 'unauthenticated':
    case 'keysUnavailable':
      return refusalBeforeBody(outcome.kind);
    case 'transient':
      return {
        status: 503,
        body: { code: 'ServiceUnavailable', message: 'The bot could not complete this turn; please retry.' },
        retryAfter: RETRY_AFTER_SECONDS,
      };
    case 'failed':
      return { status: 500, body: { code: 'InternalError', message: 'The bot could not process this activity.' } };
  }
}

/** The two answers a request gets before its body is read: its token refused, or the keys to check it out of reach. */
export function refusalBeforeBody(kind: 'unauthenticated' | 'keysUnavailable'): BodyAnswer {
  return kind === 'unauthenticated' ? UNAUTHORIZED : KEYS_UNAVAILABLE;
}

/** `Bearer` (as the SDK requires it, capitalised), one space, a compact JWS: header.payload.signature. */
const BEARER_JWS = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Why an Authorization header cannot hold a Bot Framework token, or undefined when it may:
 * `Authorization: Bearer <JWS>`, three base64url parts (the last may be empty: an unsigned token,
 * which the SDK then refuses with its own reason). Anything else is answered 401 before the body
 * is read.
 */
export function bearerTokenProblem(authorization: string | undefined): string | undefined {
  if (authorization === undefined || authorization === '') return 'no Authorization header';
  if (!BEARER_JWS.test(authorization)) return 'the Authorization header is not a bearer token (Bearer header.payload.signature)';
  return undefined;
}

const JWT_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * The token (or its absence) is the problem: answer 401, never retry. That is the SDK's
 * AuthenticationError with 401/403 and the jsonwebtoken errors it lets through (expired, not yet
 * valid, bad signature, `alg: none`); never a storage client's RestError, whose 403 is the bot's
 * own credentials.
 */
export function isAuthenticationFailure(error: unknown): boolean {
  if (!(error instanceof Error) || error.constructor.name === 'RestError') return false;
  const status = (error as { statusCode?: unknown }).statusCode;
  return status === 401 || status === 403 || JWT_ERRORS.has(error.name);
}

/** What a failed token check means: the token's fault, or the keys to check it could not be had. */
export function tokenCheckFailure(error: unknown): EntryOutcome {
  return isAuthenticationFailure(error) ? { kind: 'unauthenticated' } : { kind: 'keysUnavailable' };
}

/** What a failed turn means, in this order: the token's fault (checked again inside), a transient failure, anything else. */
export function turnFailure(error: unknown, transient: boolean): EntryOutcome {
  if (isAuthenticationFailure(error)) return { kind: 'unauthenticated' };
  return transient ? { kind: 'transient' } : { kind: 'failed' };
}

/** Local mode: an activity whose serviceUrl, if it has one, is on this machine. */
export function loopbackServiceUrl(body: unknown): boolean {
  const serviceUrl = (body as { serviceUrl?: unknown }).serviceUrl;
  if (serviceUrl === undefined || serviceUrl === null || serviceUrl === '') return true;
  // Anything but a string is no URL (the activity's validation refuses it anyway).
  if (typeof serviceUrl !== 'string') return false;
  const url = serviceUrlParts(serviceUrl);
  return url !== undefined && url.loopback;
}

/**
 * What the entry refuses of a request before its token is checked against the activity, in this
 * order: another method than POST, an activity whose fields break activityShape.ts, and in local
 * mode a service URL not on this machine. Undefined: on to the token.
 */
export function entryRefusal(method: string | undefined, body: unknown, loopbackOnly: boolean): EntryOutcome | undefined {
  if (method !== 'POST') return { kind: 'method' };
  const problem = activityLimitsProblem(body);
  if (problem) return { kind: 'shape', problem };
  if (loopbackOnly && !loopbackServiceUrl(body)) return { kind: 'notLoopback' };
  return undefined;
}
