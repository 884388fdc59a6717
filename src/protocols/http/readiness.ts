// Whether the process should get traffic, what /readyz answers, which probe results are worth a
// log line, and the one line a failed start-up says (the shell: hosting/http/lifecycle.ts, which
// reads the store and holds the server). /readyz is 503 while the process shuts down or its state
// store does not answer, so a load balancer sends the conversation to an instance that can save
// its answers; /healthz only says the process serves HTTP.

export type NotReady = 'draining' | 'storage';

export interface ReadinessResult {
  ready: boolean;
  reason?: NotReady;
}

/** Ready unless shutting down (the store need not be asked then) or the store did not answer its probe. */
export function readinessOf(draining: boolean, storageAnswered: boolean | undefined): ReadinessResult {
  if (draining) return { ready: false, reason: 'draining' };
  return storageAnswered === true ? { ready: true } : { ready: false, reason: 'storage' };
}

/** /readyz's answer: 200 or 503, the reason, and the facts that do not change readiness (content due for review, the webhook's health). */
export function readyzAnswer(result: ReadinessResult, details: Record<string, unknown> | undefined): { status: 200 | 503; body: Record<string, unknown> } {
  const extra = details ? { details } : {};
  return result.ready ? { status: 200, body: { status: 'ready', ...extra } } : { status: 503, body: { status: 'not ready', reason: result.reason, ...extra } };
}

/** A probe's result against the last one: a line only when the store's answer changed, not on every probe. */
export function storageChange(lastAnswered: boolean, answered: boolean): 'lost' | 'back' | undefined {
  if (answered === lastAnswered) return undefined;
  return answered ? 'back' : 'lost';
}

/** What went wrong reaching the store: never a message, which could quote a token. */
export interface StoreFailure {
  /** No token could be had for the managed identity. */
  credential: boolean;
  name: string;
  code?: string;
  statusCode?: number;
}

/** One secret-free line: the store's address, what went wrong (a status or an error's name) and what to check. */
export function startupFailureLine(store: { endpoint: string; auth: 'connection string' | 'identity' }, failure: StoreFailure): string {
  if (failure.credential) {
    return `Blob storage at ${store.endpoint}: no token could be had for the managed identity (${failure.name}). Check that this host has a managed identity and that AZURE_CLIENT_ID names it.`;
  }
  const settings = store.auth === 'identity' ? "BLOB_ACCOUNT_URL, AZURE_CLIENT_ID, the identity's role on the account" : 'BLOB_CONNECTION_STRING';
  const status = failure.statusCode;
  const why = status === 401 || status === 403 ? 'refused the credentials' : status ? `answered ${status}` : 'is unreachable';
  return `Blob storage at ${store.endpoint} ${why} (${failure.code ?? failure.name}). Check ${settings}, BLOB_CONTAINER and the network.`;
}
