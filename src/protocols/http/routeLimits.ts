// What each HTTP route may be sent, and how a refusal on it is answered (the shell:
// hosting/http/server.ts reads the bodies and answers): a route's body limit (Partner Center's
// events are small, the browser's routes take small bodies, the channel's up to MAX_BODY_BYTES),
// the few values a browser's activity may carry, which routes need a Bot Framework token, the
// error shape of each route, and how much of a body refused before it was read is still read.
import type { FieldLimit } from './boundedJson';
import { MAX_CLIENT_VALUES } from './directLineActivity';
import { EVENTS_PATH, MAX_EVENT_BYTES } from '../partnerCenterWebhook/eventRequests';

/** The channel's route: every activity of every channel. */
export const MESSAGES_PATH = '/api/messages';

/** The routes whose callers must bring a Bot Framework token when the bot has a registration. */
const BOT_FRAMEWORK_ROUTES: ReadonlySet<string> = new Set([MESSAGES_PATH]);

/** The routes a browser reaches (the token exchange and the local Direct Line's client side). */
const BROWSER_ROUTES = /^\/(api\/directline|v3\/directline)\//;

/** How much of a body refused for its token is still read: no channel sends one without a token, so little. */
export const UNAUTHENTICATED_DRAIN_BYTES = 128 * 1024;

/** The limits the deployment sets: every body's, and the local Direct Line's browser routes'. */
export interface BodySettings {
  maxBodyBytes: number;
  browserMaxBodyBytes?: number;
}

/** Whether a route's caller must bring a Bot Framework token (with a registration). */
export function needsBotFrameworkToken(path: string): boolean {
  return BOT_FRAMEWORK_ROUTES.has(path);
}

/** The byte limit of a route: the browser's routes take small bodies, the channel's up to the deployment's limit. */
export function bodyLimitFor(settings: BodySettings, path: string): number {
  // Partner Center's events are small: a larger body is refused while it is read, not after.
  if (path === EVENTS_PATH) return Math.min(MAX_EVENT_BYTES, settings.maxBodyBytes);
  const browser = settings.browserMaxBodyBytes;
  return browser !== undefined && BROWSER_ROUTES.test(path) ? Math.min(browser, settings.maxBodyBytes) : settings.maxBodyBytes;
}

/**
 * The browser's activities may carry few values in `value`, `channelData` and `entities`
 * (MAX_CLIENT_VALUES, which the Direct Line route checks too): the parser stops at the first one
 * past it, so a refused post never becomes thousands of objects first. Other routes: no such limit.
 */
const CLIENT_FIELDS: FieldLimit = { names: new Set(['value', 'channelData', 'entities']), max: MAX_CLIENT_VALUES };

export function fieldLimitFor(path: string): FieldLimit | undefined {
  return BROWSER_ROUTES.test(path) ? CLIENT_FIELDS : undefined;
}

/** A refusal in the error shape of the route: the adapter's on the channel's route, Direct Line's elsewhere. */
export function refusalPayload(path: string, refusal: { code: string; message: string }): Record<string, unknown> {
  const error = { code: refusal.code, message: refusal.message };
  return path === MESSAGES_PATH ? error : { error };
}

/**
 * How much of a body refused before it was read is still read and thrown away (so the client,
 * still sending, reads the answer): little for a refused token, the route's whole limit for a 503
 * (the signing keys out of reach), which a real channel must read and retry.
 */
export function drainBeforeBody(status: number, maxBytes: number): number {
  return status === 401 ? Math.min(maxBytes, UNAUTHENTICATED_DRAIN_BYTES) : maxBytes;
}

/**
 * How much of a refused body is still read, and thrown away, after the answer. A server that
 * answers early and closes at once resets the connection under a client that is still sending:
 * the client then reports a broken pipe instead of the 415 or 413 it was sent (HTTP/1.1 asks
 * for a "lingering" close for this reason). Reading the rest costs no memory, only the bytes on
 * the wire, so a few megabytes (a mistaken file upload) are read and the connection is kept;
 * anything declared or found to be larger is cut.
 */
export const REFUSED_BODY_DRAIN_BYTES = 4 * 1024 * 1024;

/**
 * After a refusal, what becomes of the rest of a body, on every route (the messages route's 4 MB,
 * Partner Center's webhook's few kilobytes): none left; read and dropped, up to `budget` bytes; or,
 * when it declares more than `budget`, not read and the connection closed once answered. A body
 * without a declared length (chunked) is drained too, and its connection cut past the budget: it
 * then costs no more than a declared body of `budget` bytes, which is read anyway, so a sender
 * streaming without end gets no more of the server than one declaring the budget; and a client
 * still sending a small chunked body reads its answer instead of a reset, and keeps its connection.
 */
export function restOfRefusedBody(complete: boolean, contentLength: string | string[] | undefined, budget: number): 'none' | 'drain' | 'close' {
  if (complete) return 'none';
  const declared = Number(contentLength);
  return Number.isFinite(declared) && declared > budget ? 'close' : 'drain';
}

/** The server's events a request arrives by (`checkContinue`: it waits for a 100 Continue). */
export type ArrivalEvent = 'request' | 'checkContinue';

/** What is done with a request before the web framework, once its Host is right. */
export interface EarlyPlan {
  /** The path, as the framework routes it (without the query). */
  path: string;
  /** With a registration: a request without any bearer token is refused at once, whatever else it carries. */
  bearerFirst: boolean;
  /** The channel's own route, taken from the framework (unless it waits for a 100 Continue, which the framework answers first). */
  take: boolean;
}

/**
 * Which requests are met before the web framework, at the cost of Node's own parsing only: a POST
 * to a route that needs a Bot Framework token (its bearer token's presence first, with a
 * registration), and the channel's route itself taken from the framework. Undefined: the
 * framework's (every other request).
 */
export function earlyPlan(method: string | undefined, url: string | undefined, event: ArrivalEvent, registered: boolean): EarlyPlan | undefined {
  if (method !== 'POST') return undefined;
  const whole = url ?? '';
  const query = whole.indexOf('?');
  const path = query === -1 ? whole : whole.slice(0, query);
  if (!needsBotFrameworkToken(path)) return undefined;
  return { path, bearerFirst: registered, take: event === 'request' && path === MESSAGES_PATH };
}
