// The per-client connection caps (src/hosting/http/connectionLimits.ts, its rules in
// src/protocols/http/connectionRules.ts: test/protocols/connectionRules.test.ts) on a bare Node server:
// which address a connection counts for, a client's connection beyond its cap closing its
// long-idle one or being refused, the idle cap kept by answering Connection: close, and idle
// connections closed near the global cap.
import { strict as assert } from 'assert';
import * as http from 'http';
import * as net from 'net';
import { applyConnectionLimits, ConnectionGuard, DEFAULT_CONNECTION_LIMITS, IDLE_GRACE_MS } from '../../src/hosting/http/connectionLimits';
import type { ConnectionLimits } from '../../src/config';

interface Client {
  socket: net.Socket;
  closed: boolean;
  /** Answers received so far (status codes). */
  answers: number[];
  /** Whether each answer said Connection: close. */
  closing: boolean[];
}

/** A raw connection from `from` (a loopback address), optionally sending one GET at once. */
async function connect(port: number, from: string, request = true): Promise<Client> {
  const socket = net.connect({ port, host: '127.0.0.1', localAddress: from });
  const client: Client = { socket, closed: false, answers: [], closing: [] };
  let text = '';
  const answer = /^HTTP\/1\.1 (\d{3})([^]*?)\r\n\r\nok/;
  socket.on('data', (d: Buffer) => {
    text += d.toString('latin1');
    for (let m = answer.exec(text); m; m = answer.exec(text)) {
      client.answers.push(Number(m[1]));
      client.closing.push(/\r\nconnection: close/i.test(m[2]!));
      text = text.slice(m.index + m[0].length);
    }
  });
  socket.on('close', () => (client.closed = true));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()).once('close', () => resolve()));
  if (request) await get(client);
  return client;
}

/** One GET on the client's connection; resolves when it is answered or the connection closed. */
async function get(client: Client): Promise<void> {
  const before = client.answers.length;
  if (!client.closed) client.socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
  await until(() => client.answers.length > before || client.closed);
}

async function until(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Lets close events and timers run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

/** Long enough for every idle connection to become one that may be closed for another. */
const pastGrace = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, IDLE_GRACE_MS + 100));

describe('Connection caps per client', function () {
  this.timeout(20_000);
  let server: http.Server | undefined;
  let guard: ConnectionGuard;
  let port: number;
  const clients: Client[] = [];

  async function start(limits: Partial<ConnectionLimits>): Promise<void> {
    const created = http.createServer((_req, res) => res.end('ok'));
    server = created;
    guard = applyConnectionLimits(created, { connections: { ...DEFAULT_CONNECTION_LIMITS, ...limits } });
    await new Promise<void>((resolve) => created.listen(0, '127.0.0.1', resolve));
    port = (created.address() as net.AddressInfo).port;
  }
  const open = async (from: string, request = true): Promise<Client> => {
    const client = await connect(port, from, request);
    clients.push(client);
    return client;
  };

  afterEach(async () => {
    for (const c of clients.splice(0)) c.socket.destroy();
    const running = server;
    server = undefined;
    if (!running) return;
    running.closeAllConnections();
    await new Promise<void>((resolve) => running.close(() => resolve()));
  });

  it('closes the longest-idle connection of a client at its cap for its new one once idle over a second, and serves the new one', async () => {
    await start({ maxConnectionsPerClient: 3, maxIdleConnectionsPerClient: 3 });
    const [a, b, c] = [await open('127.0.0.1'), await open('127.0.0.1'), await open('127.0.0.1')];
    assert.deepEqual(guard.client('127.0.0.1'), { open: 3, idle: 3 });
    await pastGrace();
    const d = await open('127.0.0.1');
    assert.deepEqual(d.answers, [200], 'the new connection is served');
    await settle();
    assert.equal(a.closed, true, 'the longest-idle one was closed');
    assert.deepEqual([b.closed, c.closed], [false, false]);
    assert.deepEqual(guard.client('127.0.0.1'), { open: 3, idle: 3 });
    assert.equal(guard.stats().idleClosed, 1);
    // A connection that asked again is no longer the longest idle.
    await get(b);
    await open('127.0.0.1');
    await settle();
    assert.deepEqual([b.closed, c.closed], [false, true]);
  });

  it('refuses a client at its cap with nothing idle for a second, and serves another address meanwhile', async () => {
    await start({ maxConnectionsPerClient: 3, maxIdleConnectionsPerClient: 3 });
    // Three connections that never send a request: not idle, only the headers timeout ends them.
    const held = [await open('127.0.0.1', false), await open('127.0.0.1', false), await open('127.0.0.1', false)];
    const extra = await open('127.0.0.1');
    await settle();
    assert.equal(extra.closed, true, 'the fourth is closed');
    assert.deepEqual(extra.answers, [], 'and never answered');
    assert.ok(
      held.every((h) => !h.closed),
      'the held ones stay',
    );
    const other = await open('127.0.0.2');
    assert.deepEqual(other.answers, [200]);
    // Connections idle for less than a second are kept: their client may be sending on them right now.
    for (const h of held) await get(h);
    const early = await open('127.0.0.1');
    await settle();
    assert.deepEqual([early.closed, early.answers.length], [true, 0]);
    assert.ok(
      held.every((h) => !h.closed),
      'none of the recently answered ones was closed',
    );
    assert.equal(guard.stats().refused, 2);
    assert.deepEqual(guard.client('127.0.0.1'), { open: 3, idle: 3 });
  });

  it("keeps a client's idle share by answering Connection: close beyond it, never closing a connection under a request", async () => {
    await start({ maxConnectionsPerClient: 10, maxIdleConnectionsPerClient: 2 });
    const first = await open('127.0.0.1');
    const second = await open('127.0.0.1');
    const third = await open('127.0.0.1');
    await settle();
    assert.deepEqual([first.closing, second.closing, third.closing], [[false], [false], [true]]);
    assert.deepEqual([first.closed, second.closed, third.closed], [false, false, true]);
    assert.deepEqual(guard.client('127.0.0.1'), { open: 2, idle: 2 });
    // A connection in the middle of a request is not idle: bytes arrived since its last answer.
    second.socket.write('GET / HTTP/1.1\r\nHost: local');
    await settle();
    const fourth = await open('127.0.0.1');
    await settle();
    assert.deepEqual(fourth.closing, [false], 'one idle (first): the new one may stay');
    second.socket.write('host\r\n\r\n');
    await until(() => second.answers.length === 2);
    assert.deepEqual(second.closing, [false, true], 'two idle already: second is let go');
    await settle();
    assert.deepEqual([first.closed, second.closed, fourth.closed], [false, true, false]);
    assert.equal(guard.stats().idleClosed, 0, 'no idle connection was closed under its client');
    assert.equal(guard.stats().notKept, 2);
  });

  it('near the global cap closes a long-idle connection of the client holding the most for each newcomer', async () => {
    // 20 connections at most, idle ones closed from the 19th: three clients fill it with idle connections.
    await start({ maxConnections: 20, maxConnectionsPerClient: 10, maxIdleConnectionsPerClient: 10 });
    const greedy: Client[] = [];
    for (let i = 0; i < 10; i += 1) greedy.push(await open('127.0.0.10'));
    const modest: Client[] = [];
    for (let i = 0; i < 4; i += 1) modest.push(await open('127.0.0.11'));
    for (let i = 0; i < 4; i += 1) modest.push(await open('127.0.0.12'));
    await pastGrace();
    assert.equal(guard.stats().idleClosed, 0, 'below the threshold nothing is closed');
    // 18 open: each newcomer from now on closes one idle connection, the greedy client's first.
    const newcomers: Client[] = [];
    for (let i = 0; i < 5; i += 1) newcomers.push(await open(`127.0.0.${20 + i}`));
    await settle();
    assert.ok(
      newcomers.every((n) => n.answers[0] === 200 && !n.closed),
      'every newcomer is served, and keeps its connection',
    );
    assert.equal(guard.stats().open, 18);
    assert.equal(guard.stats().idleClosed, 5);
    assert.equal(greedy.filter((g) => g.closed).length, 5, 'taken from the client holding the most');
    assert.ok(
      modest.every((m) => !m.closed),
      'the others keep theirs',
    );
    assert.equal(guard.stats().refused, 0);
  });

  it('near the global cap with nothing long idle serves a newcomer but keeps no connection idle', async () => {
    await start({ maxConnections: 20, maxConnectionsPerClient: 10, maxIdleConnectionsPerClient: 10 });
    for (let i = 0; i < 9; i += 1) await open('127.0.0.10', false);
    for (let i = 0; i < 9; i += 1) await open('127.0.0.11', false);
    const newcomer = await open('127.0.0.12');
    await settle();
    assert.deepEqual(newcomer.answers, [200]);
    assert.deepEqual(newcomer.closing, [true]);
    assert.equal(newcomer.closed, true);
    assert.deepEqual(guard.stats(), { open: 18, clients: 2, refused: 0, idleClosed: 0, notKept: 1, writeTimedOut: 0 });
  });
});
