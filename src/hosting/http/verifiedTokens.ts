// A Bot Framework token is checked once, not on every request that carries it. A channel sends the
// same token with every activity for the token's hour of life, and the SDK checks its RS256
// signature against the signing keys every time, twice a request here (before the body and
// against the activity: advisorAdapter.ts): 0.23–0.35 ms of CPU each, about what the rest of a
// turn costs (bench/history-2026-11.md, "The token check"). What the SDK answered is kept for exactly what it
// was asked about, until the token expires and for at most ten minutes: the rules are pure
// (src/protocols/http/tokenTrust.ts); here the SDK asked, the cache, and the checks under way. The answers are kept per token: one entry
// holds every answer about one token (the check before the body and the one against the activity
// are two), so the count of entries is a count of tokens, as its setting says. Only answers are kept, never refusals: a
// token that fails is checked, and refused, every time. Without a registration the SDK's answer to
// a request without a token is the same anonymous one every time, and is kept the same way; with
// a registration such a request is refused, so nothing is kept for it.
import { Activity } from 'botbuilder';
import { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import { ForwardingAuthentication } from '../connector/forwardingAuthentication';
import { BoundedCache } from '../../domain/boundedCache';
import { ANSWERS_PER_TOKEN, askedOf, DEFAULT_KEPT_TOKEN_MS, DEFAULT_KEPT_TOKENS, trustedUntil } from '../../protocols/http/tokenTrust';

export interface VerifiedTokensOptions {
  maxEntries?: number;
  maxAgeMs?: number;
  /** The clock (ms since the epoch, as a token's `exp` counts seconds since it). */
  now?: () => number;
}

interface Kept {
  result: AuthenticateRequestResult;
  /** Until when (ms) the answer stands: the token's expiry or the longest trust, the earlier. */
  until: number;
}

/** The SDK's authentication, each accepted token's answer kept (see the header). */
export class VerifiedTokens extends ForwardingAuthentication {
  /** By Authorization header: the answers about that token, by what else was asked (channel, service URL, role). */
  private readonly kept: BoundedCache<string, Map<string, Kept>>;
  /** Checks under way, so a burst of requests with a new token waits for one check. */
  private readonly pending = new Map<string, Promise<AuthenticateRequestResult>>();
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(inner: BotFrameworkAuthentication, options: VerifiedTokensOptions = {}) {
    super(inner);
    this.kept = new BoundedCache({ maxEntries: options.maxEntries ?? DEFAULT_KEPT_TOKENS });
    this.maxAgeMs = options.maxAgeMs ?? DEFAULT_KEPT_TOKEN_MS;
    this.now = options.now ?? Date.now;
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const { channelId, serviceUrl, recipient } = activity as Partial<Activity>;
    const asked = askedOf(authHeader, channelId, serviceUrl, recipient?.role);
    // Fields the SDK will judge in its own way: nothing to key on.
    if (asked === undefined) return this.inner.authenticateRequest(activity, authHeader);
    const key = `${asked}${authHeader}`;
    const answers = this.kept.get(authHeader);
    const kept = answers?.get(asked);
    if (kept !== undefined) {
      if (this.now() < kept.until) return kept.result;
      answers!.delete(asked);
    }
    const pending = this.pending.get(key);
    if (pending !== undefined) return pending;
    const checking = this.inner.authenticateRequest(activity, authHeader).then((result) => {
      const until = trustedUntil(authHeader, this.now(), this.maxAgeMs);
      if (until !== undefined) this.keep(authHeader, asked, { result, until });
      return result;
    });
    this.pending.set(key, checking);
    const forget = (): void => void this.pending.delete(key);
    checking.then(forget, forget);
    return checking;
  }

  private keep(authHeader: string, asked: string, kept: Kept): void {
    let answers = this.kept.get(authHeader);
    if (answers === undefined) {
      answers = new Map();
      this.kept.set(authHeader, answers);
    }
    answers.delete(asked);
    answers.set(asked, kept);
    if (answers.size > ANSWERS_PER_TOKEN) answers.delete(answers.keys().next().value!);
  }
}
