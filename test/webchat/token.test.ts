// POST /api/directline/token: the secret is exchanged at a (stand-in) Azure token service and never
// leaves the server; without a secret the local Direct Line issues the token; requests are limited
// per client address.
import { strict as assert } from 'assert';
import * as http from 'http';
import { AddressInfo } from 'net';
import pino from 'pino';
import { createApp, App } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import * as restify from 'restify';
import { clientAddress, RateLimiter } from '../../src/hosting/webchat/rateLimit';
import { normaliseAddress } from '../../src/conversation/webChat/requestLimits';
import { registerTokenRoute } from '../../src/hosting/webchat/tokenExchange';
import { LocalDirectLine } from '../../src/hosting/directline/localDirectLine';
import { parseWebChatSettings } from '../../src/config/webChatSettings';
import { postJson } from '../support/http';
import { VisitorIds } from '../../src/hosting/webchat/visitor';

const SECRET = 'TestSecret.cwA.XyZ_0123456789abcdefSECRET';
const USER = 'dl_0123456789abcdef0123';

interface Captured {
  method?: string;
  url?: string;
  authorization?: string;
  body?: unknown;
}

/** A tiny stand-in for Azure's tokens/generate endpoint. */
async function startTokenService(
  reply: (captured: Captured) => { status: number; body: unknown },
): Promise<{ url: string; calls: Captured[]; close(): Promise<void> }> {
  const calls: Captured[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const captured: Captured = { method: req.method, url: req.url, authorization: req.headers.authorization, body: raw ? JSON.parse(raw) : undefined };
      calls.push(captured);
      const { status, body } = reply(captured);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v3/directline/tokens/generate`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The real app with a logger whose every line (down to trace) is kept for inspection. */
async function startCapturing(env: Record<string, string>): Promise<{ app: App; base: string; logs: string[] }> {
  const logs: string[] = [];
  const logger = pino({ level: 'trace' }, { write: (line: string) => void logs.push(line) });
  const app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'trace', ...env }), { logger });
  const base = `http://127.0.0.1:${await app.listen()}`;
  return { app, base, logs };
}

describe('Direct Line token endpoint', function () {
  this.timeout(20_000);
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (cleanup.length > 0) await cleanup.pop()!();
  });

  describe('with DIRECT_LINE_SECRET (production)', () => {
    it('exchanges the secret at the token service and returns only token, conversation and lifetime', async () => {
      const service = await startTokenService(() => ({
        status: 200,
        body: { conversationId: 'conv-42', token: 'issued-token-value', expires_in: 1800, streamUrl: 'wss://example.invalid/stream', referenceGrammarId: 'x' },
      }));
      cleanup.push(service.close);
      const { app, base, logs } = await startCapturing({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_TOKEN_URL: service.url });
      cleanup.push(() => app.close());

      const response = await fetch(`${base}/api/directline/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: USER, locale: 'ru-RU' }),
      });
      const text = await response.text();
      assert.equal(response.status, 200);
      assert.deepEqual(JSON.parse(text), { token: 'issued-token-value', conversationId: 'conv-42', expiresIn: 1800 });
      assert.equal(response.headers.get('cache-control'), 'no-store');

      assert.equal(service.calls.length, 1);
      assert.equal(service.calls[0]!.method, 'POST');
      assert.equal(service.calls[0]!.url, '/v3/directline/tokens/generate');
      assert.equal(service.calls[0]!.authorization, `Bearer ${SECRET}`);
      // The user id is the server's (enhanced authentication's `dl_` prefix), not the one the client sent.
      const sent = service.calls[0]!.body as { user: { id: string } };
      assert.deepEqual(Object.keys(sent), ['user']);
      assert.match(sent.user.id, /^dl_[A-Za-z0-9_-]{43}$/);
      assert.notEqual(sent.user.id, USER);

      // Nowhere for the browser to see the secret: not the answer, its headers, or the page.
      const page = await fetch(`${base}/`);
      const html = await page.text();
      for (const visible of [text, JSON.stringify([...response.headers]), html, JSON.stringify([...page.headers])]) {
        assert.ok(!visible.includes(SECRET), 'the secret reached the browser');
        assert.ok(!visible.includes('cwA.XyZ'), 'part of the secret reached the browser');
      }
      // The page talks to the Direct Line service the token URL names, over https/wss in production.
      assert.match(page.headers.get('content-security-policy') ?? '', new RegExp(`connect-src 'self' ${new URL(service.url).origin} ws://`));
      assert.ok(logs.length > 0, 'the logger should have been used');
      assert.ok(!logs.join('\n').includes(SECRET), 'the secret was logged');
    });

    it('does not mount the local Direct Line', async () => {
      const service = await startTokenService(() => ({ status: 200, body: { conversationId: 'c', token: 't', expires_in: 60 } }));
      cleanup.push(service.close);
      const { app, base } = await startCapturing({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_TOKEN_URL: service.url });
      cleanup.push(() => app.close());
      for (const path of ['/v3/directline/conversations', '/v3/directline/tokens/refresh', '/local-connector/v3/conversations/c/activities']) {
        const res = await postJson(`${base}${path}`, {}, { authorization: 'Bearer abcdefghijklmnopqrstuvwxyz' });
        assert.equal(res.status, 404, path);
      }
    });

    it('answers 502 without echoing the service when the exchange fails, and logs no secret', async () => {
      const service = await startTokenService((captured) => ({ status: 403, body: { error: { message: `bad secret ${captured.authorization}` } } }));
      cleanup.push(service.close);
      const { app, base, logs } = await startCapturing({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_TOKEN_URL: service.url });
      cleanup.push(() => app.close());
      const res = await postJson(`${base}/api/directline/token`, { userId: USER });
      assert.equal(res.status, 502);
      assert.ok(!res.text.includes(SECRET));
      assert.ok(!res.text.includes('bad secret'));
      const all = logs.join('\n');
      assert.match(all, /Direct Line token exchange failed/);
      assert.match(all, /"status":403/);
      assert.ok(!all.includes(SECRET), 'the secret was logged');
    });

    it('answers 502 when the token service is down', async () => {
      const service = await startTokenService(() => ({ status: 200, body: {} }));
      await service.close();
      const { app, base, logs } = await startCapturing({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_TOKEN_URL: service.url });
      cleanup.push(() => app.close());
      const res = await postJson(`${base}/api/directline/token`, { userId: USER });
      assert.equal(res.status, 502);
      assert.ok(!logs.join('\n').includes(SECRET));
    });
  });

  describe('without a secret (local mode)', () => {
    it('issues a local token for a conversation the local Direct Line knows', async () => {
      const { app, base, logs } = await startCapturing({});
      cleanup.push(() => app.close());
      const res = await postJson(`${base}/api/directline/token`, { userId: USER, locale: 'pt_br' });
      assert.equal(res.status, 200);
      const body = res.json as { token: string; conversationId: string; expiresIn: number };
      assert.deepEqual(Object.keys(body).sort(), ['conversationId', 'expiresIn', 'token']);
      assert.match(body.token, /^[A-Za-z0-9_-]{40,}$/);
      assert.match(body.conversationId, /^[A-Za-z0-9_-]{20,}$/);
      assert.equal(body.expiresIn, 120, 'an unused token lasts DIRECT_LINE_LOCAL_UNUSED_TOKEN_SECONDS');

      const started = await postJson(`${base}/v3/directline/conversations`, {}, { authorization: `Bearer ${body.token}` });
      assert.equal(started.status, 201);
      assert.equal((started.json as { conversationId: string }).conversationId, body.conversationId);
      assert.equal((started.json as { expires_in: number }).expires_in, 30 * 60, 'a conversation in use lasts the idle time');
      assert.ok(!logs.join('\n').includes(body.token), 'tokens are not logged');
    });

    it('gives every request its own conversation and unguessable token', async () => {
      const { app, base } = await startCapturing({});
      cleanup.push(() => app.close());
      const a = (await postJson(`${base}/api/directline/token`, { userId: USER })).json as { token: string; conversationId: string };
      const b = (await postJson(`${base}/api/directline/token`, { userId: USER })).json as { token: string; conversationId: string };
      assert.notEqual(a.token, b.token);
      assert.notEqual(a.conversationId, b.conversationId);
    });
  });

  describe('requests', () => {
    let app: App;
    let base: string;
    before(async () => {
      app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', WEBCHAT_TOKEN_RATE_LIMIT: '100' }));
      base = `http://127.0.0.1:${await app.listen()}`;
    });
    after(() => app.close());

    it('takes no user id from the client: any id it sends is ignored, and none is needed', async () => {
      for (const body of [{}, { userId: USER }, { userId: 'dl_<script>alert(1)</script>' }, { userId: 42 }, { userId: null, locale: 'hu-HU' }]) {
        const res = await postJson(`${base}/api/directline/token`, body);
        assert.equal(res.status, 200, JSON.stringify(body));
      }
    });

    it('accepts JSON only', async () => {
      const res = await fetch(`${base}/api/directline/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `userId=${USER}`,
      });
      assert.equal(res.status, 415);
    });

    it('limits token requests per client address with 429 and Retry-After', async () => {
      // A server of its own, so that no other test has used this address's budget.
      const fresh = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', WEBCHAT_TOKEN_RATE_LIMIT: '3' }));
      const freshBase = `http://127.0.0.1:${await fresh.listen()}`;
      try {
        for (let i = 0; i < 3; i++) assert.equal((await postJson(`${freshBase}/api/directline/token`, { userId: USER })).status, 200);
        const limited = await fetch(`${freshBase}/api/directline/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userId: USER }),
        });
        assert.equal(limited.status, 429);
        const retryAfter = Number(limited.headers.get('retry-after'));
        assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
      } finally {
        await fresh.close();
      }
    });
  });
});

describe('token endpoint when the local Direct Line is full', () => {
  let now = 1_700_000_000_000;
  let server: restify.Server;
  let base: string;
  let store: LocalDirectLine;

  before(async () => {
    const local = parseWebChatSettings({ DIRECT_LINE_LOCAL_MAX_CONVERSATIONS: '2' }, (message) => {
      throw new Error(message);
    }).local;
    store = new LocalDirectLine(local, () => now);
    server = restify.createServer();
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    registerTokenRoute(server, {
      logger: pino({ level: 'silent' }),
      limiter: new RateLimiter(1000, 60_000, () => now),
      trustProxy: false,
      visitors: new VisitorIds({ key: 'k'.repeat(32), days: 0, trustProxy: false }),
      local: store,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers 503 with the time until the soonest place frees, and issues again at that time', async () => {
    const ask = (): Promise<Response> =>
      fetch(`${base}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: USER }) });
    assert.equal((await ask()).status, 200);
    now += 30_000;
    assert.equal((await ask()).status, 200);
    const full = await ask();
    assert.equal(full.status, 503);
    assert.equal(full.headers.get('retry-after'), '90', 'the first unused token expires 120 s after it was issued');
    now += 89_000;
    const still = await ask();
    assert.equal(still.status, 503, 'not sooner');
    assert.equal(still.headers.get('retry-after'), '1');
    now += 1_000;
    assert.equal((await ask()).status, 200, 'a place is free when it said');
  });
});

describe('rate limiter', () => {
  it('allows the limit per window, then tells how long to wait', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(2, 60_000, () => now);
    assert.deepEqual(limiter.take('a'), { allowed: true });
    assert.deepEqual(limiter.take('a'), { allowed: true });
    assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterSeconds: 60 });
    assert.deepEqual(limiter.take('b'), { allowed: true }, 'other addresses have their own budget');
    now += 45_500;
    assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterSeconds: 15 });
    now += 15_000;
    assert.deepEqual(limiter.take('a'), { allowed: true });
  });

  it('stays bounded however many addresses it sees', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0, 100);
    for (let i = 0; i < 1000; i++) limiter.take(`10.0.${Math.floor(i / 256)}.${i % 256}`);
    assert.ok((limiter as unknown as { windows: Map<string, unknown> }).windows.size <= 100);
  });

  it('reads the client address from the socket, or from the proxy when told to trust it', () => {
    const req = (xff?: string): Parameters<typeof clientAddress>[0] =>
      ({ headers: xff ? { 'x-forwarded-for': xff } : {}, socket: { remoteAddress: '::ffff:127.0.0.1' } }) as never;
    assert.equal(clientAddress(req('203.0.113.9'), false), '127.0.0.1', 'X-Forwarded-For is ignored unless trusted');
    assert.equal(clientAddress(req('198.51.100.1, 203.0.113.9:51234'), true), '203.0.113.9', 'the entry the proxy added');
    assert.equal(clientAddress(req(), true), '127.0.0.1');
    assert.equal(normaliseAddress('[2001:DB8::1]:443'), '2001:db8::1');
  });
});
