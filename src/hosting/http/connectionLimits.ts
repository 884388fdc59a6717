// Bounds on the listener's connections, so a slow, idle or greedy client cannot hold the bot's
// sockets: request timeouts, a global cap, and per-client caps on open and idle connections (the
// settings and their behind-a-proxy meaning: docs/production.md, "Connections"). Closing a
// kept-alive connection races with its client sending the next request on it (a POST it cannot
// safely repeat), so connections are closed only where no request can be cut: an answer says
// `Connection: close`, or the connection has been idle for over a second (applyConnectionLimits).
// A connection that has sent nothing at all since it opened counts as idle from its first moment:
// near the cap it is made room from like a kept-alive one, or silent clients hold every slot.
import type { IncomingMessage, Server, ServerResponse } from 'http';
import type { Socket } from 'net';
import { type ConnectionLimits, DEFAULT_CONNECTION_LIMITS } from '../../config';
import type { Logger } from '../logging/logger';
import { watchSlowReaders } from './slowReaders';

export { DEFAULT_CONNECTION_LIMITS } from '../../config';

/**
 * How often Node looks for requests past their timeouts: a tenth of the shorter timeout, at most
 * 1 s. Node's default cycle (30 s) would let a slow body live up to twice its timeout.
 */
export function checkingIntervalMs(limits: Pick<ConnectionLimits, 'headersTimeoutMs' | 'requestTimeoutMs'>): number {
  return Math.max(20, Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 10)));
}

/** Open connections from which idle ones start being closed for newcomers: the last tenth of the cap. */
export function nearCapThreshold(maxConnections: number): number {
  return maxConnections - Math.max(1, Math.floor(maxConnections / 10));
}

/**
 * The client a connection is counted for: an IPv4 address (IPv4-mapped IPv6 included), or the
 * first 64 bits of an IPv6 address (one host or home network is given a whole /64). Behind a
 * reverse proxy (App Service's front end) it is the proxy's address.
 */
export function clientKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const a = address.toLowerCase().replace(/%.*$/, '');
  if (!a.includes(':')) return a;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped) return mapped[1]!;
  const [head = '', tail] = a.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined ? headGroups : [...headGroups, ...Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** How long a connection must have been idle before it is closed for another connection. */
export const IDLE_GRACE_MS = 1_000;
/** How often, near the global cap, connections idle past the grace are closed down to the threshold. */
const SWEEP_EVERY_MS = 250;

/**
 * An open connection. "Idle": no request in flight and no byte read since it opened or since its
 * last answer ended (a silent new connection, or a kept-alive one between requests). One that
 * has sent part of a request is not idle: the headers timeout ends it.
 */
interface Connection {
  socket: Socket;
  client: Client;
  /** Requests received and not yet answered. */
  inFlight: number;
  /** socket.bytesRead when its last answer ended: more since means a next request is arriving. */
  bytesAtIdle: number;
  /** When its last answer ended (ms, monotonic). */
  idleSince: number;
  /** No longer counted: closed, or being closed. */
  gone: boolean;
  /** Has carried a request: only those count against the share of kept-alive idle connections. */
  used: boolean;
}

interface Client {
  key: string;
  open: number;
  /** Connections that fell idle, longest-idle first (a Set keeps insertion order). */
  idle: Set<Connection>;
}

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

/**
 * Sets the limits on a server before it listens (Node reads the checking cycle when it starts
 * listening) and keeps the per-client counts. How each bound is kept:
 *   - maxConnections: Node closes further connections on arrival, before any of our code runs;
 *   - the idle caps (maxIdleConnectionsPerClient, and none at all in the last tenth of
 *     maxConnections): an answer that would leave its client with more idle connections than its
 *     share says `Connection: close`, so the client knows not to reuse the connection;
 *   - the open cap (maxConnectionsPerClient): a client at it gets its new connection closed on
 *     arrival, before it carried a request, unless one of its connections has been idle for over
 *     IDLE_GRACE_MS, which is closed instead;
 *   - in the last tenth of maxConnections, every new connection closes one idle for over
 *     IDLE_GRACE_MS (kept-alive, or silent since it opened): the longest-idle one of the client
 *     holding the most, so room stays free for new clients as long as anyone holds a connection
 *     doing nothing; a client that itself holds one doing nothing gives up its own or is refused,
 *     and a timer closes long-idle ones down to the threshold (Node refuses past the cap unseen);
 *   - responseWriteTimeoutMs: an answer whose waiting bytes do not shrink for that long is cut.
 */
export function applyConnectionLimits(server: Server, config: { connections?: ConnectionLimits }, logger?: Logger): ConnectionGuard {
  const limits = config.connections ?? DEFAULT_CONNECTION_LIMITS;
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = checkingIntervalMs(limits);

  const perClient = Math.min(limits.maxConnectionsPerClient, limits.maxConnections);
  const idlePerClient = Math.min(limits.maxIdleConnectionsPerClient, perClient);
  const nearCap = nearCapThreshold(limits.maxConnections);
  const clients = new Map<string, Client>();
  const connections = new WeakMap<Socket, Connection>();
  let open = 0;
  let refused = 0;
  let idleClosed = 0;
  let notKept = 0;

  // A slow reader's answer is cut (slowReaders.ts).
  const slowReaders = watchSlowReaders(server, limits.responseWriteTimeoutMs);

  let lastLog = 0;
  let unlogged = { refused: 0, idleClosed: 0 };
  const note = (what: 'refused' | 'idleClosed'): void => {
    unlogged[what] += 1;
    const now = Date.now();
    if (!logger || now - lastLog < LOG_EVERY_MS) return;
    lastLog = now;
    logger.warn(
      {
        connectionsRefused: unlogged.refused,
        idleConnectionsClosed: unlogged.idleClosed,
        open,
        perClient,
        idlePerClient,
        maxConnections: limits.maxConnections,
      },
      'connections limited: a client reached its share of connections, or all of them are nearly taken (counts since the last such line)',
    );
    unlogged = { refused: 0, idleClosed: 0 };
  };

  const isIdle = (c: Connection): boolean => !c.gone && c.inFlight === 0 && !c.socket.destroyed && c.socket.bytesRead === c.bytesAtIdle;

  /** The client's idle connections, longest-idle first; drops those no longer idle from its set. */
  const idleOf = (client: Client): Connection[] => {
    const found: Connection[] = [];
    for (const c of client.idle) {
      if (isIdle(c)) found.push(c);
      else client.idle.delete(c);
    }
    return found;
  };

  /**
   * Whether the client holds `count` idle connections that carried a request: idleOf's walk,
   * without its list on every answer, and no walk at all while the client's idle set (its open
   * connections at most: release takes them out) is smaller than `count`.
   */
  const usedIdleReaches = (client: Client, count: number): boolean => {
    if (client.idle.size < count) return false;
    let used = 0;
    for (const c of client.idle) {
      if (!isIdle(c)) client.idle.delete(c);
      else if (c.used) used += 1;
    }
    return used >= count;
  };

  /** Stops counting a connection (once: when this guard closes it, or when it closes). */
  const release = (c: Connection): void => {
    if (c.gone) return;
    c.gone = true;
    c.client.open -= 1;
    open -= 1;
    c.client.idle.delete(c);
    if (c.client.open === 0) clients.delete(c.client.key);
  };

  /** Closes the client's longest-idle connection if it has been idle long enough; whether it did. */
  const closeLongIdle = (client: Client): boolean => {
    const longest = idleOf(client)[0];
    if (!longest || performance.now() - longest.idleSince < IDLE_GRACE_MS) return false;
    release(longest);
    idleClosed += 1;
    note('idleClosed');
    longest.socket.destroy();
    return true;
  };

  /** The client holding the most connections idle past the grace gives up its longest-idle one; whether one was. */
  const closeOneForRoom = (): boolean => {
    const since = performance.now() - IDLE_GRACE_MS;
    let most: Client | undefined;
    let mostCount = 0;
    for (const other of clients.values()) {
      if (other.idle.size <= mostCount) continue;
      let count = 0;
      for (const c of idleOf(other)) {
        if (c.idleSince > since) break; // longest-idle first: the rest are younger
        count += 1;
      }
      if (count > mostCount) [most, mostCount] = [other, count];
    }
    return most ? closeLongIdle(most) : false;
  };

  server.on('connection', (socket: Socket) => {
    const key = clientKey(socket.remoteAddress);
    let client = clients.get(key);
    if (!client) {
      client = { key, open: 0, idle: new Set() };
      clients.set(key, client);
    }
    // Idle from its first moment: bytesRead is 0 until it sends something.
    const connection: Connection = { socket, client, inFlight: 0, bytesAtIdle: socket.bytesRead, idleSince: performance.now(), gone: false, used: false };
    connections.set(socket, connection);
    client.open += 1;
    open += 1;
    client.idle.add(connection);
    socket.once('close', () => release(connection));

    if (client.open > perClient && !closeLongIdle(client)) {
      release(connection);
      refused += 1;
      note('refused');
      socket.destroy();
      return;
    }
    if (open > nearCap) {
      // The last tenth is for clients using what they hold: one with a connection doing nothing
      // gives up its own longest-idle one for this, or this one is refused. Others make room.
      const hasIdle = [...client.idle].some((c) => c !== connection && isIdle(c));
      if (hasIdle && !closeLongIdle(client)) {
        release(connection);
        refused += 1;
        note('refused');
        socket.destroy();
        return;
      }
      if (!hasIdle) closeOneForRoom();
    }
  });

  // Node refuses connections past maxConnections before any code of ours runs: were every slot
  // taken by connections that send nothing, a newcomer would never reach the handler above. So
  // near the cap, connections idle past the grace are closed down to the threshold on a timer too.
  const sweep = setInterval(() => {
    while (open > nearCap && closeOneForRoom());
  }, SWEEP_EVERY_MS);
  sweep.unref();
  server.once('close', () => clearInterval(sweep));

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const connection = connections.get(req.socket);
    if (!connection) return;
    connection.inFlight += 1;
    connection.used = true;
    connection.client.idle.delete(connection);
    // Decided as the answer's head is written, when the other connections' state is known: keep
    // this connection for another request, or say Connection: close.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called on res itself (apply), without a bound copy per request
    const writeHead = res.writeHead as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]): ServerResponse => {
      if (!res.headersSent) {
        if (open > nearCap || usedIdleReaches(connection.client, idlePerClient)) {
          res.setHeader('Connection', 'close');
          notKept += 1;
        }
        slowReaders.watch(res, req.socket);
      }
      return writeHead.apply(res, args);
    }) as typeof res.writeHead;
    res.once('close', () => {
      slowReaders.forget(res);
      connection.inFlight -= 1;
      if (connection.inFlight > 0 || connection.gone || connection.socket.destroyed) return;
      if (/\bclose\b/i.test(String(res.getHeader('connection') ?? '')) || /\bclose\b/i.test(req.headers.connection ?? '')) return;
      connection.bytesAtIdle = connection.socket.bytesRead;
      connection.idleSince = performance.now();
      connection.client.idle.add(connection);
    });
  };
  // First, so the count is up before the app's own handler answers (Expect: 100-continue requests
  // come as checkContinue).
  server.prependListener('request', onRequest);
  // (Only where someone answers those: a listener of its own would stop Node from answering them.)
  if (server.listenerCount('checkContinue') > 0) server.prependListener('checkContinue', onRequest);

  const guard: ConnectionGuard = {
    stats: () => ({ open, clients: clients.size, refused, idleClosed, notKept, writeTimedOut: slowReaders.cut }),
    client: (address) => {
      const client = clients.get(clientKey(address));
      return client ? { open: client.open, idle: idleOf(client).length } : { open: 0, idle: 0 };
    },
  };
  guards.set(server, guard);
  return guard;
}
