// One HTTP call to Partner Center or Microsoft Graph: a fresh token per call (asked for, used,
// dropped: never kept, never logged), a deadline, and every way it can go wrong turned into an
// ActionFailure. Nothing here throws.
import { ActionFailure, ActionResult, failed, succeeded } from '../../domain/actions';
import { isRecord } from '../../domain/records';

export { isRecord };

export type Service = 'partnerCenter' | 'graph';

/** Where tokens come from (the user's sign-in, on behalf of them); asked once per call. */
export interface TokenSource {
  getToken(resource: Service): Promise<string>;
}

/**
 * A service's token for the signed-in partner, from their one sign-in token (Microsoft Entra's
 * on-behalf-of flow): one sign-in serves Partner Center and Graph alike. Throws when refused.
 */
export interface OnBehalfOf {
  tokenFor(userToken: string, service: Service): Promise<string>;
}

/** Thrown by a token source when Microsoft Entra asks for multi-factor authentication first. */
export class MfaRequiredError extends Error {
  override readonly name = 'MfaRequiredError';
  constructor() {
    super('Multi-factor authentication is required.');
  }
}

export interface ServiceOptions {
  baseUrl: string;
  tokens: TokenSource;
  /** The deadline of one call, headers and body; 15 seconds unless set. */
  timeoutMs?: number;
  /** For tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export interface ServiceRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path and query, appended to the base URL. */
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface ServiceResponse {
  status: number;
  json: unknown;
}

const DEFAULT_TIMEOUT_MS = 15_000;
/** When a 429 names no wait: a minute is what Partner Center's throttling windows usually need. */
const DEFAULT_RETRY_AFTER_SECONDS = 60;
/** Partner Center's code for a token without multi-factor authentication (App+User calls, since April 2026). */
export const PARTNER_CENTER_MFA_ERROR_CODES: ReadonlySet<number> = new Set([900419]);

export async function callService(service: Service, options: ServiceOptions, request: ServiceRequest): Promise<ActionResult<ServiceResponse>> {
  let token: string;
  try {
    token = await options.tokens.getToken(service);
  } catch (error) {
    // No token means no sign-in the service accepts: the user signs in again (with MFA, if that was the reason).
    return failed({ kind: error instanceof MfaRequiredError ? 'mfaRequired' : 'unauthorized' });
  }
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers, Authorization: `Bearer ${token}` };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/+$/, '')}${request.path}`, {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
    const json = parseJson(await response.text());
    if (response.ok) return succeeded({ status: response.status, json });
    return failed(httpFailure(service, response.status, response.headers, json));
  } catch (error) {
    return failed(networkFailure(error));
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A failed answer as a failure kind; Partner Center errors are `{ code, description }`, Graph's `{ error: { code } }`. */
export function httpFailure(service: Service, status: number, headers: Headers, body: unknown): ActionFailure {
  const mfa = isMfaChallenge(service, headers, body);
  if (status === 401) return mfa ? { kind: 'mfaRequired' } : { kind: 'unauthorized' };
  if (status === 403) return mfa ? { kind: 'mfaRequired' } : { kind: 'forbidden', missing: service === 'partnerCenter' ? 'adminAgent' : 'graphPermission' };
  if (status === 404) return { kind: 'notFound' };
  if (status === 409) return { kind: 'conflict' };
  if (status === 429) return { kind: 'throttled', retryAfterSeconds: retryAfterSeconds(headers.get('retry-after')) };
  if (status >= 500) return { kind: 'unavailable', status };
  return { kind: 'rejected', status };
}

/** Partner Center's MFA error code, or a claims challenge (Microsoft Entra's way to ask for a stronger sign-in). */
function isMfaChallenge(service: Service, headers: Headers, body: unknown): boolean {
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

function networkFailure(error: unknown): ActionFailure {
  // AbortSignal.timeout aborts with a TimeoutError, during the headers or the body alike.
  if (error instanceof Error && error.name === 'TimeoutError') return { kind: 'timeout' };
  return { kind: 'unavailable', status: 0 };
}

/** A succeeded call whose body is not the documented shape: the service answered, but not usefully. */
export function unexpectedShape<T>(status: number): ActionResult<T> {
  return failed({ kind: 'unavailable', status });
}

export const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
