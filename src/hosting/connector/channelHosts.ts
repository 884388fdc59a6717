// The credentials that sign every connector call, refusing before any token is attached a call
// whose service URL the channels' rule (protocols/http/channelHosts.ts) does not allow: nothing is sent.
import type { ServiceClientCredentials } from 'botframework-connector';
import type { ServiceUrlCheck } from '../../protocols/http/channelHosts';

/** A connector call refused before any token was attached: the service URL will never be allowed. */
export class RefusedServiceUrlError extends Error {
  readonly code = 'ESERVICEURLREFUSED';

  constructor(
    readonly host: string,
    readonly reason: string,
  ) {
    super(`No token is sent to this service URL (${host}): ${reason}.`);
    this.name = 'RefusedServiceUrlError';
  }
}

/** Whether an error, or one of its causes, is such a refusal. */
export function isRefusedServiceUrl(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof RefusedServiceUrlError) return true;
  }
  return false;
}

/** Told of each refusal (for a log line: the host and why, never a token). */
export type OnRefusedServiceUrl = (refusal: { host: string; reason: string }) => void;

function hostOf(url: string): string {
  try {
    return new URL(url).host.slice(0, 200);
  } catch {
    return String(url).slice(0, 60);
  }
}

/**
 * The credentials, asked for a token only for a request whose URL passes the check: the SDK's
 * client and the direct sender both sign every call through them, right before sending it.
 */
export function checkedCredentials(credentials: ServiceClientCredentials, check: ServiceUrlCheck, onRefused?: OnRefusedServiceUrl): ServiceClientCredentials {
  return {
    signRequest: (resource) => {
      const url = (resource as { url?: unknown }).url;
      const problem = typeof url === 'string' ? check(url) : 'the request names no URL';
      if (problem === undefined) return credentials.signRequest(resource);
      const host = hostOf(String(url));
      onRefused?.({ host, reason: problem });
      return Promise.reject(new RefusedServiceUrlError(host, problem));
    },
  };
}
