// The connection policy (src/protocols/http/connectionRules.ts) without a socket: which client a
// connection counts for, and the book's decisions from tables of arrivals, requests and answers on
// stand-in connections whose bytes and end the test sets (the sockets' side: hosting/connectionLimits.test.ts).
import { strict as assert } from 'assert';
import {
  checkingIntervalMs,
  clientKey,
  Connection,
  ConnectionBook,
  ConnectionCaps,
  IDLE_GRACE_MS,
  nearCapThreshold,
} from '../../src/protocols/http/connectionRules';

/** A stand-in connection: the bytes it has sent and whether it is gone. */
interface Fake {
  name: string;
  bytes: number;
  destroyed: boolean;
}

const PROBE = { bytesRead: (f: Fake) => f.bytes, destroyed: (f: Fake) => f.destroyed };

/** A book and the connections it was told of, by name. */
function world(caps: Partial<ConnectionCaps>) {
  const book = new ConnectionBook<Fake>({ maxConnections: 100, maxConnectionsPerClient: 10, maxIdleConnectionsPerClient: 10, ...caps }, PROBE);
  const byName = new Map<string, { fake: Fake; connection: Connection<Fake> }>();
  /** Arrives; the names of what was refused or closed for it. */
  const arrive = (name: string, address: string, now: number): string[] => {
    const fake: Fake = { name, bytes: 0, destroyed: false };
    const arrival = book.arrive(fake, address, now);
    byName.set(name, { fake, connection: arrival.connection });
    for (const closed of arrival.close) closed.destroyed = true;
    if (arrival.refuse) fake.destroyed = true;
    return [...arrival.close.map((f) => `closed ${f.name}`), ...(arrival.refuse ? [`refused ${name}`] : [])];
  };
  /** One request on the connection and its answer at `now`: whether it was kept alive. */
  const request = (name: string, now: number): boolean => {
    const { fake, connection } = byName.get(name)!;
    fake.bytes += 100;
    book.requestStarted(connection);
    const kept = book.keepAlive(connection);
    book.answered(connection, !kept, now);
    return kept;
  };
  return { book, arrive, request, fake: (name: string) => byName.get(name)!.fake };
}

describe('Connection rules', () => {
  it('counts a connection for its IPv4 address, an IPv4-mapped address as IPv4, and IPv6 by its /64', () => {
    const cases: [string | undefined, string][] = [
      ['127.0.0.1', '127.0.0.1'],
      ['::ffff:127.0.0.2', '127.0.0.2'],
      ['::FFFF:10.1.2.3', '10.1.2.3'],
      ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
      ['2001:db8:1:2:ffff::1', '2001:db8:1:2::/64'],
      ['2001:0db8:0001:0002::', '2001:db8:1:2::/64'],
      ['2001:db8::1', '2001:db8:0:0::/64'],
      ['::1', '0:0:0:0::/64'],
      ['fe80::1%eth0', 'fe80:0:0:0::/64'],
      ['::ffff:10.1.2.3%eth0', '10.1.2.3'],
      ['::ffff:10.10.20.30', '10.10.20.30'],
      ['2001:db8::ffff:1.2.3.4', '2001:db8:0:0::/64'],
      ['::ffff:1.2.3.4.5', '0:0:0:0::/64'],
      // More groups after "::" than before it: the zeros it stands for sit between them.
      ['1::2:3:4:5:6', '1:0:0:2::/64'],
      [undefined, 'unknown'],
    ];
    for (const [address, key] of cases) assert.equal(clientKey(address), key, String(address));
    assert.equal(clientKey('2001:db8:1:2::a'), clientKey('2001:db8:1:2:ffff:ffff:ffff:ffff'));
    assert.notEqual(clientKey('2001:db8:1:2::a'), clientKey('2001:db8:1:3::a'));
  });

  it('starts closing idle connections in the last tenth of the global cap', () => {
    assert.equal(nearCapThreshold(1_000), 900);
    assert.equal(nearCapThreshold(50), 45);
    assert.equal(nearCapThreshold(4), 3);
    assert.equal(nearCapThreshold(1), 0);
  });

  it('looks for requests past their timeouts at a tenth of the shorter timeout, between 20 ms and a second', () => {
    const rows: [number, number, number][] = [
      [60_000, 30_000, 1_000],
      [5_000, 8_000, 500],
      [100, 30_000, 20],
      [1_000, 1_000, 100],
    ];
    for (const [headersTimeoutMs, requestTimeoutMs, interval] of rows) assert.equal(checkingIntervalMs({ headersTimeoutMs, requestTimeoutMs }), interval);
  });

  it('at its cap, a client gives up a connection idle past the grace for its new one, or the new one is refused', () => {
    const { arrive } = world({ maxConnectionsPerClient: 2 });
    assert.deepEqual(arrive('a', '10.0.0.1', 0), []);
    assert.deepEqual(arrive('b', '10.0.0.1', 10), []);
    // Both idle, neither for a second yet.
    assert.deepEqual(arrive('c', '10.0.0.1', 500), ['refused c']);
    // Another address has its own share.
    assert.deepEqual(arrive('x', '10.0.0.2', 500), []);
    // Past the grace: the longest-idle goes.
    assert.deepEqual(arrive('d', '10.0.0.1', IDLE_GRACE_MS + 5), ['closed a']);
    // A connection in the middle of a request is never idle.
    const busy = world({ maxConnectionsPerClient: 1 });
    busy.arrive('p', '10.0.0.3', 0);
    busy.fake('p').bytes = 40; // part of a request read
    assert.deepEqual(busy.arrive('q', '10.0.0.3', 5 * IDLE_GRACE_MS), ['refused q']);
  });

  it("keeps a client's idle share by not keeping alive an answer beyond it", () => {
    const { arrive, request, book } = world({ maxIdleConnectionsPerClient: 2 });
    for (const name of ['a', 'b', 'c']) arrive(name, '10.0.0.1', 0);
    assert.equal(request('a', 1), true);
    assert.equal(request('b', 2), true);
    // Two used connections idle: the third answer says Connection: close.
    assert.equal(request('c', 3), false);
    assert.equal(book.stats().notKept, 1);
    // A connection never used does not count against the share.
    const fresh = world({ maxIdleConnectionsPerClient: 1 });
    for (const name of ['a', 'b']) fresh.arrive(name, '10.0.0.1', 0);
    assert.equal(fresh.request('a', 1), true);
  });

  it('near the global cap, each newcomer takes the longest-idle connection of the client holding the most; a client with its own idle gives that up', () => {
    // maxConnections 10: from the tenth open connection on, room is made.
    const { arrive, book } = world({ maxConnections: 10 });
    for (let i = 0; i < 6; i += 1) arrive(`a${i}`, '10.0.0.1', 0);
    for (let i = 0; i < 3; i += 1) arrive(`b${i}`, '10.0.0.2', 0);
    assert.equal(book.open, 9);
    // A newcomer from a third address: the client holding the most idle gives way.
    assert.deepEqual(arrive('c0', '10.0.0.3', IDLE_GRACE_MS + 1), ['closed a0']);
    // A client that holds an idle connection of its own gives that one up.
    assert.deepEqual(arrive('b3', '10.0.0.2', IDLE_GRACE_MS + 2), ['closed b0']);
    // With nothing idle long enough, a newcomer with none of its own is still served.
    const young = world({ maxConnections: 10 });
    for (let i = 0; i < 9; i += 1) young.arrive(`a${i}`, '10.0.0.1', 0);
    assert.deepEqual(young.arrive('n', '10.0.0.9', 10), []);
    // …and one that holds a young idle connection of its own is refused.
    assert.deepEqual(young.arrive('a9', '10.0.0.1', 20), ['refused a9']);
    // Near the cap no answer is kept alive.
    assert.equal(young.request('n', 30), false);
  });

  it('the sweep closes connections idle past the grace down to the threshold, and stops counting closed ones', () => {
    const { arrive, book, fake } = world({ maxConnections: 10 });
    for (let i = 0; i < 10; i += 1) arrive(`a${i}`, `10.0.0.${i}`, 0);
    assert.deepEqual(book.sweep(IDLE_GRACE_MS - 1), []);
    const closed = book.sweep(IDLE_GRACE_MS + 1);
    assert.equal(closed.length, 1);
    assert.equal(book.open, 9);
    assert.equal(book.stats().idleClosed, 1);
    assert.deepEqual(book.client('10.0.0.5'), { open: 1, idle: 1 });
    fake('a5').destroyed = true;
    assert.deepEqual(book.client('10.0.0.5'), { open: 1, idle: 0 });
  });

  it('counts each refusal, and releases a connection once: its client forgotten when it holds none', () => {
    const { arrive, book } = world({ maxConnectionsPerClient: 1 });
    arrive('a', '10.0.0.1', 0);
    assert.deepEqual(arrive('b', '10.0.0.1', 10), ['refused b']);
    assert.equal(book.stats().refused, 1);
    const fake: Fake = { name: 'c', bytes: 0, destroyed: false };
    const { connection } = book.arrive(fake, '10.0.0.7', 20);
    assert.deepEqual(book.client('10.0.0.7'), { open: 1, idle: 1 });
    book.release(connection);
    book.release(connection);
    assert.deepEqual(book.client('10.0.0.7'), { open: 0, idle: 0 });
    assert.deepEqual({ open: book.open, clients: book.stats().clients }, { open: 1, clients: 1 });
  });

  it('gives up a connection idle for exactly the grace', () => {
    const { arrive } = world({ maxConnectionsPerClient: 1 });
    arrive('a', '10.0.0.1', 0);
    assert.deepEqual(arrive('b', '10.0.0.1', IDLE_GRACE_MS), ['closed a']);
  });

  it('keeps an answer alive at the threshold itself, and puts a connection whose answer closes it in no idle count', () => {
    // maxConnections 10: the threshold is 9 open connections; room is made only past it.
    const { arrive, request, book } = world({ maxConnections: 10, maxIdleConnectionsPerClient: 1 });
    for (let i = 0; i < 9; i += 1) arrive(`a${i}`, `10.0.0.${i}`, 0);
    assert.equal(request('a0', 1), true);
    // 10.0.1.1 holds one used idle connection (its share): the next answer closes, and leaves it out of the idle ones.
    const share = world({ maxIdleConnectionsPerClient: 1 });
    share.arrive('p', '10.0.1.1', 0);
    share.arrive('q', '10.0.1.1', 0);
    assert.equal(share.request('p', 1), true);
    assert.equal(share.request('q', 2), false);
    assert.deepEqual(share.book.client('10.0.1.1'), { open: 2, idle: 1 });
    assert.equal(book.stats().notKept, 0);
  });

  it('keeps an answer alive while the client holds fewer idle connections than its share, and counts no closed one in it', () => {
    const few = world({ maxIdleConnectionsPerClient: 2 });
    few.arrive('a', '10.0.0.1', 0);
    assert.equal(few.request('a', 1), true);
    const { arrive, request, fake } = world({ maxIdleConnectionsPerClient: 1 });
    arrive('a', '10.0.0.1', 0);
    arrive('b', '10.0.0.1', 0);
    assert.equal(request('a', 1), true);
    fake('a').destroyed = true; // closed by its client, not yet released
    assert.equal(request('b', 2), true);
  });

  it('near the cap, takes room from the client holding the most connections idle past the grace, not the most idle ones', () => {
    const { arrive } = world({ maxConnections: 10 });
    arrive('b0', '10.0.0.2', 0);
    for (let i = 0; i < 8; i += 1) arrive(`a${i}`, '10.0.0.1', 2 * IDLE_GRACE_MS);
    assert.deepEqual(arrive('c0', '10.0.0.3', 2 * IDLE_GRACE_MS + 100), ['closed b0']);
    // Idle since exactly the grace counts as past it.
    const exact = world({ maxConnections: 10 });
    exact.arrive('b0', '10.0.0.2', 0);
    for (let i = 0; i < 8; i += 1) exact.arrive(`a${i}`, '10.0.0.1', 500);
    assert.deepEqual(exact.arrive('c0', '10.0.0.3', IDLE_GRACE_MS), ['closed b0']);
  });
});
