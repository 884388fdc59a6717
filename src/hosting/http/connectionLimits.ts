// Bounds on the listener's connections, so a slow, idle or greedy client cannot hold the bot's
// sockets: Node's request timeouts and global cap set on the server, the per-client caps kept by
// the pure book (protocols/http/connectionRules.ts, which says who gives way and why) and done here
// to the sockets: a refused or given-up connection destroyed, an answer not kept alive told
// `Connection: close`, a slow reader's answer cut (slowReaders.ts).
import type { IncomingMessage, Server, ServerResponse } from 'http';
import type { Socket } from 'net';
import { type ConnectionLimits, DEFAULT_CONNECTION_LIMITS } from '../../config';
import { checkingIntervalMs, clientKey, Connection, ConnectionBook } from '../../protocols/http/connectionRules';
import type { Logger } from '../logging/logger';
import { watchSlowReaders } from './slowReaders';

export { DEFAULT_CONNECTION_LIMITS } from '../../config';
export { IDLE_GRACE_MS } from '../../protocols/http/connectionRules';

/** How often, near the global cap, connections idle past the grace are closed down to the threshold. */
const SWEEP_EVERY_MS = 250;

export interface ConnectionStats {
  open: number;
  clients: number;
  /** Connections closed on arrival because their client was at its cap with nothing long idle. */
  refused: number;
  /** Idle connections (kept-alive or never used) closed to make room for another connection. */
  idleClosed: number;
  /** Answers cut because their client took none of their bytes for responseWriteTimeoutMs. */
  writeTimedOut: number;
  /** Answers that said Connection: close because their client held its share of idle connections (or near the global cap). */
  notKept: number;
}

export interface ConnectionGuard {
  stats(): ConnectionStats;
  /** The open and idle connections of one client address (as clientKey names it). */
  client(address: string): { open: number; idle: number };
}

const guards = new WeakMap<Server, ConnectionGuard>();

/** The guard applyConnectionLimits put on a server (tests, diagnostics). */
export function connectionGuardOf(server: Server): ConnectionGuard | undefined {
  return guards.get(server);
}

/** At most one line per this many ms for connections refused or closed (a flood writes one line, with counts). */
const LOG_EVERY_MS = 10_000;

const SOCKETS = { bytesRead: (socket: Socket) => socket.bytesRead, destroyed: (socket: Socket) => socket.destroyed };

/**
 * Sets the limits on a server before it listens (Node reads the checking cycle when it starts
 * listening) and keeps the per-client counts in the book: maxConnections is Node's own (it closes
 * further connections on arrival, before any of our code runs); the per-client and near-cap rules
 * are the book's; responseWriteTimeoutMs cuts an answer whose waiting bytes do not shrink for that long.
 */
export function applyConnectionLimits(server: Server, config: { connections?: ConnectionLimits }, logger?: Logger): ConnectionGuard {
  const limits = config.connections ?? DEFAULT_CONNECTION_LIMITS;
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = checkingIntervalMs(limits);

  const book = new ConnectionBook<Socket>(limits, SOCKETS);
  const connections = new WeakMap<Socket, Connection<Socket>>();
  // A slow reader's answer is cut (slowReaders.ts).
  const slowReaders = watchSlowReaders(server, limits.responseWriteTimeoutMs);

  let lastLog = 0;
  let logged = { refused: 0, idleClosed: 0 };
  /** One line per LOG_EVERY_MS at most, with the counts since the last. */
  const note = (): void => {
    const now = Date.now();
    if (!logger || now - lastLog < LOG_EVERY_MS) return;
    lastLog = now;
    const { refused, idleClosed } = book.counts;
    logger.warn(
      {
        connectionsRefused: refused - logged.refused,
        idleConnectionsClosed: idleClosed - logged.idleClosed,
        open: book.open,
        ...book.shares,
        maxConnections: limits.maxConnections,
      },
      'connections limited: a client reached its share of connections, or all of them are nearly taken (counts since the last such line)',
    );
    logged = { refused, idleClosed };
  };
  const closeAll = (sockets: Socket[]): void => {
    for (const socket of sockets) socket.destroy();
    if (sockets.length > 0) note();
  };

  server.on('connection', (socket: Socket) => {
    const arrival = book.arrive(socket, socket.remoteAddress, performance.now());
    connections.set(socket, arrival.connection);
    socket.once('close', () => book.release(arrival.connection));
    closeAll(arrival.close);
    if (arrival.refuse) {
      socket.destroy();
      note();
    }
  });

  // Node refuses connections past maxConnections before any code of ours runs: were every slot
  // taken by connections that send nothing, a newcomer would never reach the handler above. So
  // near the cap, connections idle past the grace are closed down to the threshold on a timer too.
  const sweep = setInterval(() => closeAll(book.sweep(performance.now())), SWEEP_EVERY_MS);
  sweep.unref();
  server.once('close', () => clearInterval(sweep));

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const connection = connections.get(req.socket);
    if (!connection) return;
    book.requestStarted(connection);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called on res itself (apply), without a bound copy per request
    const writeHead = res.writeHead as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]): ServerResponse => {
      if (!res.headersSent) {
        if (!book.keepAlive(connection)) res.setHeader('Connection', 'close');
        slowReaders.watch(res, req.socket);
      }
      return writeHead.apply(res, args);
    }) as typeof res.writeHead;
    res.once('close', () => {
      slowReaders.forget(res);
      const closing = /\bclose\b/i.test(String(res.getHeader('connection') ?? '')) || /\bclose\b/i.test(req.headers.connection ?? '');
      book.answered(connection, closing, performance.now());
    });
  };
  // First, so the count is up before the app's own handler answers (Expect: 100-continue requests
  // come as checkContinue).
  server.prependListener('request', onRequest);
  // (Only where someone answers those: a listener of its own would stop Node from answering them.)
  if (server.listenerCount('checkContinue') > 0) server.prependListener('checkContinue', onRequest);

  const guard: ConnectionGuard = {
    stats: () => ({ ...book.stats(), writeTimedOut: slowReaders.cut }),
    client: (address) => book.client(clientKey(address)),
  };
  guards.set(server, guard);
  return guard;
}
