// Bounds on the listener's connections, so a slow or idle client cannot hold the bot's sockets:
//   - a request's headers must arrive within HTTP_HEADERS_TIMEOUT_MS and the whole request, body
//     included, within HTTP_REQUEST_TIMEOUT_MS (Node answers 408 and closes the connection); the
//     time the bot takes to answer is not counted;
//   - an idle kept-alive connection is closed after HTTP_KEEP_ALIVE_TIMEOUT_MS, longer than the
//     platform's front end keeps its idle connections (Azure's load balancer: 4 minutes), so it is
//     always the front end that closes one, never the bot under a request the front end just sent;
//   - at most HTTP_MAX_CONNECTIONS connections at once; further ones are closed on arrival.
// Node checks the two request timeouts on a cycle (30 s by default), which alone would let a slow
// body live up to twice its timeout: the cycle here is a tenth of the shorter timeout, at most 1 s.
import type { Server } from 'http';
import type { ConnectionLimits } from '../config';

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 250_000,
  maxConnections: 1_000,
};

/** How often Node looks for requests past their timeouts. */
export function checkingIntervalMs(limits: Pick<ConnectionLimits, 'headersTimeoutMs' | 'requestTimeoutMs'>): number {
  return Math.max(20, Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 10)));
}

/** Sets the limits on a server before it listens (Node reads the checking cycle when it starts listening). */
export function applyConnectionLimits(server: Server, config: { connections?: ConnectionLimits }): void {
  const limits = config.connections ?? DEFAULT_CONNECTION_LIMITS;
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = checkingIntervalMs(limits);
}
