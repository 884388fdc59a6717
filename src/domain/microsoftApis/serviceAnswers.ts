// What an answer of Partner Center or Microsoft Graph means, whatever the call: a failed status as
// an ActionFailure (the sign-in to do again, the permission missing, the wait a 429 asks for), a
// body that is not JSON as none, a lost connection or a deadline as what the partner is told.
// Pure: the clients (src/hosting/microsoftApis) send, and read each answer with these.
import { ActionFailure, ActionResult, failed } from '../actions';

export type Service = 'partnerCenter' | 'graph';

/** An answer's headers, as fetch's Headers gives them (a name's value, or null). */
export interface HeaderReader {
  get(name: string): string | null;
}

/** When a 429 names no wait: a minute is what Partner Center's throttling windows usually need. */
export const DEFAULT_RETRY_AFTER_SECONDS = 60;
/** Partner Center's code for a token without multi-factor authentication (App+User calls, since April 2026). */
export const PARTNER_CENTER_MFA_ERROR_CODES: ReadonlySet<number> = new Set([900419]);

/** A body's JSON; none for an empty or unreadable body (the status alone then says what happened). */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A failed answer as a failure kind; Partner Center errors are `{ code, description }`, Graph's `{ error: { code } }`. */
export function httpFailure(service: Service, status: number, headers: HeaderReader, body: unknown, now = Date.now()): ActionFailure {
  const mfa = isMfaChallenge(service, headers, body);
  if (status === 401) return mfa ? { kind: 'mfaRequired' } : { kind: 'unauthorized' };
  if (status === 403) return mfa ? { kind: 'mfaRequired' } : { kind: 'forbidden', missing: service === 'partnerCenter' ? 'adminAgent' : 'graphPermission' };
  if (status === 404) return { kind: 'notFound' };
  if (status === 409) return { kind: 'conflict' };
  if (status === 429) return { kind: 'throttled', retryAfterSeconds: retryAfterSeconds(headers.get('retry-after'), now) };
  if (status >= 500) return { kind: 'unavailable', status };
  return { kind: 'rejected', status };
}

/** Partner Center's MFA error code, or a claims challenge (Microsoft Entra's way to ask for a stronger sign-in). */
export function isMfaChallenge(service: Service, headers: HeaderReader, body: unknown): boolean {
  if (service === 'partnerCenter' && typeof body === 'object' && body !== null && 'code' in body) {
    if (PARTNER_CENTER_MFA_ERROR_CODES.has(Number(body.code))) return true;
  }
  return /insufficient_claims|claims=/i.test(headers.get('www-authenticate') ?? '');
}

/** Retry-After in seconds, whether given as seconds or as an HTTP date; at least one. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number {
  if (value === null || value.trim() === '') return DEFAULT_RETRY_AFTER_SECONDS;
  if (/^\d+$/.test(value.trim())) return Math.max(1, Number(value.trim()));
  const at = Date.parse(value);
  return Number.isNaN(at) ? DEFAULT_RETRY_AFTER_SECONDS : Math.max(1, Math.ceil((at - now) / 1000));
}

/** A call that got no answer, by the error's name: AbortSignal.timeout aborts with a TimeoutError, during the headers or the body alike. */
export function networkFailure(errorName: string | undefined): ActionFailure {
  return errorName === 'TimeoutError' ? { kind: 'timeout' } : { kind: 'unavailable', status: 0 };
}

/** Microsoft Entra's answers that ask for a stronger sign-in: multi-factor authentication required (AADSTS50076, 50079) or a claims challenge. */
export function entraAsksMfa(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : '';
  return /AADSTS5007[69]|interaction_required|insufficient_claims/i.test(text);
}

/** A succeeded call whose body is not the documented shape: the service answered, but not usefully. */
export function unexpectedShape<T>(status: number): ActionResult<T> {
  return failed({ kind: 'unavailable', status });
}

export const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A JSON answer as Graph's and Partner Center's lists give it: the array under `name` (`value`, `items`), or undefined when it is not one. */
export function listOf(json: unknown, name: 'value' | 'items'): unknown[] | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const list = (json as Record<string, unknown>)[name];
  return Array.isArray(list) ? (list as unknown[]) : undefined;
}
