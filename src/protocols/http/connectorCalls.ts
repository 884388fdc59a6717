// How a connector call (a reply, a send, an update, a delete: hosting/connector/connectorSender.ts)
// is tried again, and how its answer is read: the SDK's client's policy, kept as one function of
// what happened, so the sender only waits and sends. Network errors (reset, refused, timed out,
// not found), 408 and 5xx but 501/505 are tried again up to RETRIES times with exponentially
// growing, jittered waits; a 429 or 503 with Retry-After waits that long (at most
// MAX_RETRY_AFTER_MS). One difference from the SDK's client: a kept-alive connection the service
// closed just as it was reused is tried again at once, not after a wait.

/** Tries after the first. */
export const RETRIES = 3;
/** The first retry's wait (it doubles, with jitter, for each further one). */
export const RETRY_DELAY_MS = 1_000;
const MAX_RETRY_DELAY_MS = 64_000;
/** A channel gives up on a turn after 15 s; waiting longer than this for a retry helps no one. */
export const MAX_RETRY_AFTER_MS = 10_000;
const RETRIED_NETWORK_ERRORS = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'ENOTFOUND']);

/** What one try came to: an HTTP answer, or a network error with its code. */
export type TryOutcome = { status: number; retryAfter?: string } | { network: string | undefined; reusedSocket: boolean };

/** Try again after `waitMs`, or give up. */
export type NextTry = { again: true; waitMs: number } | { again: false };

/** The wait a 429 or 503 asks for, in ms, if it says (seconds, or an HTTP date measured against `now`). */
export function retryAfterMs(status: number, retryAfter: string | undefined, now: number): number | undefined {
  if ((status !== 429 && status !== 503) || retryAfter === undefined) return undefined;
  const seconds = Number(retryAfter);
  if (retryAfter.trim() !== '' && Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(retryAfter);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** The statuses tried again without being asked: 408 and 5xx but 501 and 505. */
export function retriedStatus(status: number): boolean {
  return status === 408 || (status >= 500 && status !== 501 && status !== 505);
}

/** 0.8–1.2 of the exponential wait, as the SDK's client does, so retries of many turns spread out (`random` in [0, 1)). */
export function backoffMs(retry: number, baseMs: number, random: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** retry) * (0.8 + random * 0.4);
}

/** Whether, and after how long, a call that came to `outcome` on its `retry`th retry (0: the first try) is tried again. A 2xx is never passed here. */
export function nextTry(outcome: TryOutcome, retry: number, baseMs: number, now: number, random: number): NextTry {
  if (retry >= RETRIES) return { again: false };
  if ('network' in outcome) {
    if (outcome.network === undefined || !RETRIED_NETWORK_ERRORS.has(outcome.network)) return { again: false };
    // A kept-alive connection the service had just closed: nothing is wrong with the service,
    // so try again at once, on a new connection (the race Node's documentation describes).
    return { again: true, waitMs: outcome.network === 'ECONNRESET' && outcome.reusedSocket ? 0 : backoffMs(retry, baseMs, random) };
  }
  const asked = retryAfterMs(outcome.status, outcome.retryAfter, now);
  if (asked !== undefined) return asked <= MAX_RETRY_AFTER_MS ? { again: true, waitMs: asked } : { again: false };
  return retriedStatus(outcome.status) ? { again: true, waitMs: backoffMs(retry, baseMs, random) } : { again: false };
}

/** Where a service URL points: the scheme, host and port as written, the host for a request, and the base path. */
export interface ConnectorTarget {
  /** The scheme, host and port as the service URL wrote them: the signed request's URL starts with it. */
  origin: string;
  protocol: 'http:' | 'https:';
  host: string;
  port: string;
  basePath: string;
}

/** Where a service URL points, or why it cannot be called (checked at the first call, as the SDK's client does). */
export function targetOf(serviceUrl: unknown): ConnectorTarget | string {
  let url: URL;
  try {
    url = new URL(String(serviceUrl));
  } catch {
    return 'the service URL is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'the service URL is not http or https';
  if (!url.hostname) return 'the service URL names no host';
  // An IPv6 literal's host name keeps its brackets in a URL ([::1]); a request needs the bare address.
  const host = url.hostname.startsWith('[') && url.hostname.endsWith(']') ? url.hostname.slice(1, -1) : url.hostname;
  return { origin: url.origin, protocol: url.protocol, host, port: url.port, basePath: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/` };
}

/** The id in a successful answer's body, if it has one (a success without a readable body went through all the same). */
export function resourceIdOf(body: string): string | undefined {
  if (body.trim() === '') return undefined;
  try {
    const parsed = JSON.parse(body) as unknown;
    if (parsed && typeof parsed === 'object' && typeof (parsed as { id?: unknown }).id === 'string') return (parsed as { id: string }).id;
  } catch {
    // no id
  }
  return undefined;
}

/** The service's error code in a failed answer's body (at most 100 characters), if it says. */
export function errorCodeOf(body: string): string | undefined {
  try {
    const code = (JSON.parse(body) as { error?: { code?: unknown } } | null)?.error?.code;
    return typeof code === 'string' ? code.slice(0, 100) : undefined;
  } catch {
    return undefined;
  }
}
