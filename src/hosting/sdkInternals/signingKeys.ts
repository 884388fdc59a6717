// The SDK's fetch of the signing keys (Bot Framework's and Entra's OpenID metadata, then its JWKS)
// made safe under load when the key endpoint is down or slow. botframework-connector 4.23's
// OpenIdMetadata.refreshCache fetches with no timeout and no sharing: 200 requests arriving while
// the keys are due each start their own fetch, and each waits for its own socket to give up (40 s
// behind a black hole). Patched here, once, on the class (every metadata URL has its own instance,
// and its own state below):
//   - one fetch in flight per metadata URL; every other caller waits for that one;
//   - a deadline on it (KEY_FETCH_DEADLINE_MS), after which the waiting callers fail at once;
//   - a failure remembered for KEY_FETCH_RETRY_AFTER_MS: callers fail at once meanwhile, without
//     a fetch, and the one after it tries again.
// A failure stays an error the HTTP entry answers 503 with Retry-After (not a 401): the request
// may be fine, the keys to check it could not be had. Which caller joins, is refused or fetches,
// and for how long a failure stands, are pure (src/protocols/http/signingKeyRules.ts).
import { OpenIdMetadata } from 'botframework-connector/lib/auth/openIdMetadata';
import { failedUntilAfter, KEY_FETCH_DEADLINE_MS, keyFetchPlan } from '../../protocols/http/signingKeyRules';

/** Why the keys could not be had: a deadline passed, or the endpoint answered or failed so. */
export class SigningKeysUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SigningKeysUnavailableError';
  }
}

interface FetchState {
  inFlight?: Promise<void>;
  failedUntil: number;
  failure?: SigningKeysUnavailableError;
}

type Refresh = (this: OpenIdMetadata) => Promise<void>;
const states = new WeakMap<OpenIdMetadata, FetchState>();
let installed = false;

function stateOf(metadata: OpenIdMetadata): FetchState {
  let state = states.get(metadata);
  if (!state) {
    state = { failedUntil: -Infinity };
    states.set(metadata, state);
  }
  return state;
}

function withDeadline(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new SigningKeysUnavailableError(`The signing keys did not arrive within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Puts the guard on OpenIdMetadata's fetch (idempotent). */
export function guardSigningKeyFetches(): void {
  if (installed) return;
  installed = true;
  const prototype = OpenIdMetadata.prototype as unknown as { refreshCache: Refresh };
  const original = prototype.refreshCache;
  // An SDK without this method would fetch unguarded: fail loudly instead (sdkInternals.test.ts).
  if (typeof original !== 'function') throw new Error('botframework-connector OpenIdMetadata has no refreshCache to guard');
  prototype.refreshCache = function guardedRefresh(this: OpenIdMetadata): Promise<void> {
    const state = stateOf(this);
    const plan = keyFetchPlan({ inFlight: state.inFlight !== undefined, failedUntil: state.failure ? state.failedUntil : -Infinity }, performance.now());
    if (plan === 'join' && state.inFlight) return state.inFlight;
    if (plan === 'refuse' && state.failure) return Promise.reject(state.failure);
    const fetch = withDeadline(original.call(this), KEY_FETCH_DEADLINE_MS).then(
      () => {
        state.failure = undefined;
        state.failedUntil = failedUntilAfter(true, performance.now());
      },
      (error: unknown) => {
        const failure =
          error instanceof SigningKeysUnavailableError
            ? error
            : new SigningKeysUnavailableError(`The signing keys could not be fetched: ${(error as Error)?.message ?? String(error)}`.slice(0, 300), {
                cause: error,
              });
        state.failure = failure;
        state.failedUntil = failedUntilAfter(false, performance.now());
        throw failure;
      },
    );
    state.inFlight = fetch.finally(() => {
      state.inFlight = undefined;
    });
    // The shared promise is awaited by every caller; a rejection nobody awaits is not unhandled.
    state.inFlight.catch(() => undefined);
    return state.inFlight;
  };
}

/** Whether the SDK's key fetch is the guarded one (sdkInternals.test.ts). */
export function signingKeyFetchGuarded(): boolean {
  return (OpenIdMetadata.prototype as unknown as { refreshCache: { name: string } }).refreshCache.name === 'guardedRefresh';
}
