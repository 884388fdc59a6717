// What the HTTP entry does while the signing keys (Bot Framework's and Entra's OpenID metadata and
// their JWKS) are out of reach (the shell: hosting/sdkInternals/signingKeys.ts guards the SDK's
// fetch; http/advisorAdapter.ts logs): one fetch in flight per metadata URL, every other caller
// waiting for it; a deadline on it; a failure remembered for a while, callers meanwhile refused at
// once without a fetch; and one log line per while, with the count of the refusals since. A
// failure stays an error answered 503 with Retry-After (not a 401): the request may be fine.

/** Longest wait for one fetch of the metadata and its keys. */
export const KEY_FETCH_DEADLINE_MS = 2_000;
/** How long a failed fetch is remembered: callers in that time are refused without a fetch. */
export const KEY_FETCH_RETRY_AFTER_MS = 5_000;
/** At most one "signing keys could not be fetched" line this often; the others are counted into the next. */
export const KEYS_LOG_EVERY_MS = 10_000;

/** One metadata URL's fetches as the guard sees them. */
export interface KeyFetches {
  inFlight: boolean;
  /** Until when (ms) a failure stands; -Infinity when the last fetch succeeded. */
  failedUntil: number;
}

export const NO_FETCH: KeyFetches = { inFlight: false, failedUntil: -Infinity };

/** A caller that needs the keys: waits for the fetch in flight, is refused while a failure stands, else fetches. */
export function keyFetchPlan(fetches: KeyFetches, now: number): 'join' | 'refuse' | 'fetch' {
  if (fetches.inFlight) return 'join';
  return now < fetches.failedUntil ? 'refuse' : 'fetch';
}

/** Until when a fetch's outcome refuses callers: a failure for KEY_FETCH_RETRY_AFTER_MS, a success not at all. */
export function failedUntilAfter(fetched: boolean, now: number): number {
  return fetched ? -Infinity : now + KEY_FETCH_RETRY_AFTER_MS;
}

/** Whether a refusal for want of keys gets its line now (else it is counted into the next one). */
export function keysLineDue(lastLineAt: number, now: number): boolean {
  return now - lastLineAt >= KEYS_LOG_EVERY_MS;
}
