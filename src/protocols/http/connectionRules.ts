// The listener's connection policy: which client a connection counts for, how many each client may
// hold open and idle, and which connection gives way near the global cap (the settings and their
// behind-a-proxy meaning: docs/production.md, "Connections"). Pure: the book is told of each
// connection, request and answer with the time, reads a connection's bytes through the probe it is
// given, and answers with what to refuse, close or not keep alive; the host
// (hosting/http/connectionLimits.ts) does it to the sockets. Closing a kept-alive connection races
// with its client sending the next request on it (a POST it cannot safely repeat), so connections
// are closed only where no request can be cut: an answer says `Connection: close`, or the
// connection has been idle for over IDLE_GRACE_MS. A connection that has sent nothing at all since
// it opened counts as idle from its first moment: near the cap it is made room from like a
// kept-alive one, or silent clients hold every slot.

/** The bounds the book keeps (the rest of the connection settings are Node's timeouts). */
export interface ConnectionCaps {
  maxConnections: number;
  maxConnectionsPerClient: number;
  maxIdleConnectionsPerClient: number;
}

/**
 * How often Node looks for requests past their timeouts: a tenth of the shorter timeout, at most
 * 1 s. Node's default cycle (30 s) would let a slow body live up to twice its timeout.
 */
export function checkingIntervalMs(limits: { headersTimeoutMs: number; requestTimeoutMs: number }): number {
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

/** What the book reads of a live connection through the host: the bytes it has sent, whether it is gone. */
export interface ConnectionProbe<H> {
  bytesRead(handle: H): number;
  destroyed(handle: H): boolean;
}

/**
 * An open connection. "Idle": no request in flight and no byte read since it opened or since its
 * last answer ended (a silent new connection, or a kept-alive one between requests). One that
 * has sent part of a request is not idle: the headers timeout ends it.
 */
export interface Connection<H> {
  readonly handle: H;
  readonly client: Client<H>;
  /** Requests received and not yet answered. */
  inFlight: number;
  /** bytesRead when its last answer ended: more since means a next request is arriving. */
  bytesAtIdle: number;
  /** When its last answer ended (ms, monotonic). */
  idleSince: number;
  /** No longer counted: closed, or being closed. */
  gone: boolean;
  /** Has carried a request: only those count against the share of kept-alive idle connections. */
  used: boolean;
}

interface Client<H> {
  key: string;
  open: number;
  /** Connections that fell idle, longest-idle first (a Set keeps insertion order). */
  idle: Set<Connection<H>>;
}

/** What the host does for a new connection: close these (idle ones given up for it), and refuse it or not. */
export interface Arrival<H> {
  connection: Connection<H>;
  refuse: boolean;
  close: H[];
}

export interface BookCounts {
  open: number;
  clients: number;
  /** Connections closed on arrival because their client was at its cap with nothing long idle. */
  refused: number;
  /** Idle connections (kept-alive or never used) closed to make room for another connection. */
  idleClosed: number;
  /** Answers that said Connection: close because their client held its share of idle connections (or near the global cap). */
  notKept: number;
}

/**
 * The per-client counts and the decisions made on them:
 *   - the open cap (maxConnectionsPerClient): a client at it gets its new connection refused,
 *     before it carried a request, unless one of its connections has been idle for over
 *     IDLE_GRACE_MS, which is closed instead;
 *   - the idle caps (maxIdleConnectionsPerClient, and none at all in the last tenth of
 *     maxConnections): an answer that would leave its client with more idle connections than its
 *     share is not kept alive (`Connection: close`);
 *   - in the last tenth of maxConnections, every new connection closes one idle for over
 *     IDLE_GRACE_MS (kept-alive, or silent since it opened): the longest-idle one of the client
 *     holding the most, so room stays free for new clients as long as anyone holds a connection
 *     doing nothing; a client that itself holds one doing nothing gives up its own or is refused;
 *     and the sweep closes long-idle ones down to the threshold (Node refuses past the cap unseen).
 */
export class ConnectionBook<H> {
  private readonly clients = new Map<string, Client<H>>();
  private readonly perClient: number;
  private readonly idlePerClient: number;
  private readonly nearCap: number;
  private openCount = 0;
  readonly counts = { refused: 0, idleClosed: 0, notKept: 0 };

  constructor(
    caps: ConnectionCaps,
    private readonly probe: ConnectionProbe<H>,
  ) {
    this.perClient = Math.min(caps.maxConnectionsPerClient, caps.maxConnections);
    this.idlePerClient = Math.min(caps.maxIdleConnectionsPerClient, this.perClient);
    this.nearCap = nearCapThreshold(caps.maxConnections);
  }

  get open(): number {
    return this.openCount;
  }

  /** The caps as the book keeps them (for the host's log line). */
  get shares(): { perClient: number; idlePerClient: number } {
    return { perClient: this.perClient, idlePerClient: this.idlePerClient };
  }

  stats(): BookCounts {
    return { open: this.openCount, clients: this.clients.size, ...this.counts };
  }

  /** The open and idle connections of one client (by its key). */
  client(key: string): { open: number; idle: number } {
    const client = this.clients.get(key);
    return client ? { open: client.open, idle: this.idleOf(client).length } : { open: 0, idle: 0 };
  }

  /** A new connection from `address`: counted, and what to do about it. */
  arrive(handle: H, address: string | undefined, now: number): Arrival<H> {
    const key = clientKey(address);
    let client = this.clients.get(key);
    if (!client) {
      client = { key, open: 0, idle: new Set() };
      this.clients.set(key, client);
    }
    // Idle from its first moment: nothing read until it sends something.
    const connection: Connection<H> = { handle, client, inFlight: 0, bytesAtIdle: this.probe.bytesRead(handle), idleSince: now, gone: false, used: false };
    client.open += 1;
    this.openCount += 1;
    client.idle.add(connection);
    const close: H[] = [];
    const refuse = (): Arrival<H> => {
      this.release(connection);
      this.counts.refused += 1;
      return { connection, refuse: true, close };
    };
    if (client.open > this.perClient && !this.closeLongIdle(client, now, close)) return refuse();
    if (this.openCount > this.nearCap) {
      // The last tenth is for clients using what they hold: one with a connection doing nothing
      // gives up its own longest-idle one for this, or this one is refused. Others make room.
      const hasIdle = [...client.idle].some((c) => c !== connection && this.isIdle(c));
      if (hasIdle && !this.closeLongIdle(client, now, close)) return refuse();
      if (!hasIdle) this.closeOneForRoom(now, close);
    }
    return { connection, refuse: false, close };
  }

  /** A request arrived on the connection. */
  requestStarted(connection: Connection<H>): void {
    connection.inFlight += 1;
    connection.used = true;
    connection.client.idle.delete(connection);
  }

  /**
   * Decided as the answer's head is written, when the other connections' state is known: whether
   * this connection is kept for another request (false: the answer says Connection: close).
   */
  keepAlive(connection: Connection<H>): boolean {
    if (this.openCount > this.nearCap || this.usedIdleReaches(connection.client, this.idlePerClient)) {
      this.counts.notKept += 1;
      return false;
    }
    return true;
  }

  /** An answer ended; `closing`: it or its request said Connection: close. */
  answered(connection: Connection<H>, closing: boolean, now: number): void {
    connection.inFlight -= 1;
    if (connection.inFlight > 0 || connection.gone || this.probe.destroyed(connection.handle) || closing) return;
    connection.bytesAtIdle = this.probe.bytesRead(connection.handle);
    connection.idleSince = now;
    connection.client.idle.add(connection);
  }

  /** Near the cap: the connections to close, idle past the grace, down to the threshold. */
  sweep(now: number): H[] {
    const close: H[] = [];
    while (this.openCount > this.nearCap && this.closeOneForRoom(now, close));
    return close;
  }

  /** Stops counting a connection (once: when the book closes it, or when it closes). */
  release(c: Connection<H>): void {
    if (c.gone) return;
    c.gone = true;
    c.client.open -= 1;
    this.openCount -= 1;
    c.client.idle.delete(c);
    if (c.client.open === 0) this.clients.delete(c.client.key);
  }

  private isIdle(c: Connection<H>): boolean {
    return !c.gone && c.inFlight === 0 && !this.probe.destroyed(c.handle) && this.probe.bytesRead(c.handle) === c.bytesAtIdle;
  }

  /** The client's idle connections, longest-idle first; drops those no longer idle from its set. */
  private idleOf(client: Client<H>): Connection<H>[] {
    const found: Connection<H>[] = [];
    for (const c of client.idle) {
      if (this.isIdle(c)) found.push(c);
      else client.idle.delete(c);
    }
    return found;
  }

  /**
   * Whether the client holds `count` idle connections that carried a request: idleOf's walk,
   * without its list on every answer, and no walk at all while the client's idle set (its open
   * connections at most: release takes them out) is smaller than `count`.
   */
  private usedIdleReaches(client: Client<H>, count: number): boolean {
    if (client.idle.size < count) return false;
    let used = 0;
    for (const c of client.idle) {
      if (!this.isIdle(c)) client.idle.delete(c);
      else if (c.used) used += 1;
    }
    return used >= count;
  }

  /** Gives up the client's longest-idle connection if it has been idle long enough; whether it did. */
  private closeLongIdle(client: Client<H>, now: number, close: H[]): boolean {
    const longest = this.idleOf(client)[0];
    if (!longest || now - longest.idleSince < IDLE_GRACE_MS) return false;
    this.release(longest);
    this.counts.idleClosed += 1;
    close.push(longest.handle);
    return true;
  }

  /** The client holding the most connections idle past the grace gives up its longest-idle one; whether one was. */
  private closeOneForRoom(now: number, close: H[]): boolean {
    const since = now - IDLE_GRACE_MS;
    let most: Client<H> | undefined;
    let mostCount = 0;
    for (const other of this.clients.values()) {
      if (other.idle.size <= mostCount) continue;
      let count = 0;
      for (const c of this.idleOf(other)) {
        if (c.idleSince > since) break; // longest-idle first: the rest are younger
        count += 1;
      }
      if (count > mostCount) [most, mostCount] = [other, count];
    }
    return most ? this.closeLongIdle(most, now, close) : false;
  }
}
