// How long the HTTP entry takes a Bot Framework token the SDK accepted on trust, and what the
// SDK's answer is kept for (the shell: hosting/http/verifiedTokens.ts, which says why it keeps
// one). An answer is kept for exactly what the SDK was asked: the Authorization header, the
// activity's channel and service URL and its recipient's role, until the token expires and for
// at most the longest trust. Without a registration the SDK's answer to a request without a token
// is the same anonymous one every time, kept as long as the longest trust. Refusals are never
// kept: the shell keeps only what the SDK accepted.
import { claimsOf } from './tokenClaims';

/** Distinct tokens kept: a bot hears from a few channels, each with one token at a time. */
export const DEFAULT_KEPT_TOKENS = 256;
/**
 * Answers kept about one token: the check before the body and the one against the activity make
 * two, and a token is issued for one channel and service URL; beyond four, the oldest goes.
 */
export const ANSWERS_PER_TOKEN = 4;
/** Longest a checked token is taken on trust, whatever its own expiry. */
export const DEFAULT_KEPT_TOKEN_MS = 10 * 60_000;

/**
 * When a token the SDK accepted expires (ms), from its `exp` claim; undefined when it has none
 * or the header is no bearer token. Read only after the SDK checked the signature.
 */
export function tokenExpiry(authorization: string): number | undefined {
  const [scheme, jws] = authorization.split(' ');
  if (scheme !== 'Bearer' || jws === undefined) return undefined;
  const exp = claimsOf(jws).exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}

const keyPart = (value: string | undefined): string => (value === undefined ? '-1:' : `${value.length}:${value}`);
const isOptionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

/**
 * What the SDK is asked about a token besides the token itself, as one key (each part after its
 * length, so no two sets of parts make one key); undefined when a field is one the SDK judges in
 * its own way (not a string): nothing is kept for it.
 */
export function askedOf(authHeader: unknown, channelId: unknown, serviceUrl: unknown, role: unknown): string | undefined {
  if (typeof authHeader !== 'string' || !isOptionalString(channelId) || !isOptionalString(serviceUrl) || !isOptionalString(role)) return undefined;
  return `${keyPart(channelId)}${keyPart(serviceUrl)}${keyPart(role)}`;
}

/**
 * Until when (ms) an answer the SDK gave at `now` stands: the token's expiry or the longest trust,
 * the earlier; no token, the longest trust. Undefined when it is not kept: a token with no
 * expiry to read, or one already expired.
 */
export function trustedUntil(authHeader: string, now: number, maxAgeMs: number): number | undefined {
  const expires = authHeader === '' ? Infinity : tokenExpiry(authHeader);
  if (expires === undefined) return undefined;
  const until = Math.min(expires, now + maxAgeMs);
  return until > now ? until : undefined;
}
