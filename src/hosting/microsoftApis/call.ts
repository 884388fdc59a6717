// One HTTP call to Partner Center or Microsoft Graph: a fresh token per call (asked for, used,
// dropped: never kept, never logged), a deadline, and every way it can go wrong turned into an
// ActionFailure (what an answer means: src/domain/microsoftApis/serviceAnswers.ts). Nothing here throws.
import { ActionResult, failed, succeeded } from '../../domain/actions';
import { httpFailure, networkFailure, parseJson, type Service } from '../../domain/microsoftApis/serviceAnswers';
import type { Plan, ServiceCall } from '../../protocols/microsoftApis/plans';

export type { Service } from '../../domain/microsoftApis/serviceAnswers';

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

/** A call and its answer's shape, as the plans name them (protocols/microsoftApis/plans.ts). */
export type ServiceRequest = ServiceCall;
export interface ServiceResponse {
  status: number;
  json: unknown;
}

const DEFAULT_TIMEOUT_MS = 15_000;

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
    return failed(networkFailure(error instanceof Error ? error.name : undefined));
  }
}

/** Runs a plan: each step's calls made (at once when there are several), their answers given to the next step. */
export async function runPlan<T>(service: Service, options: ServiceOptions, plan: Plan<T>): Promise<ActionResult<T>> {
  let step = plan;
  while (!('done' in step)) step = step.then(await Promise.all(step.calls.map((c) => callService(service, options, c))));
  return step.done;
}
