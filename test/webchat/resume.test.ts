// The token endpoint's `resume`: a reloaded page gets its conversation back only as the same live
// visitor with that conversation's token; otherwise (another visitor, an id without its token, a
// visitor who signed out, an expired token) a new conversation. Against the local Direct Line and
// a stand-in for Azure's tokens/generate and tokens/refresh.
import { strict as assert } from 'assert';
import * as http from 'http';
import { AddressInfo } from 'net';
import pino from 'pino';
import * as restify from 'restify';
import { RateLimiter } from '../../src/hosting/webchat/rateLimit';
import { registerTokenRoute, TokenRouteDeps } from '../../src/hosting/webchat/tokenExchange';
import { LocalDirectLine } from '../../src/hosting/directline/localDirectLine';
import { parseWebChatSettings } from '../../src/config/webChatSettings';
import { VisitorIds } from '../../src/hosting/webchat/visitor';
import { tokenUser } from '../../src/conversation/webChat/resumeRules';
import { parseResume } from '../../src/conversation/webChat/shapes';

interface TokenAnswer {
  token: string;
  conversationId: string;
  expiresIn: number;
  resumed?: boolean;
}

/** A JWT-shaped token as Direct Line's: its payload names the user and the conversation. */
function jwtLike(claims: Record<string, unknown>): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

/** A stand-in for Azure's Direct Line token service: generate (secret) and refresh (a token it issued). */
async function startAzureStandIn(): Promise<{ generateUrl: string; calls: string[]; close(): Promise<void> }> {
  const calls: string[] = [];
  const issued = new Set<string>();
  let next = 1;
  let serial = 1;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      calls.push(`${req.method} ${req.url}`);
      const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const reply = (status: number, body: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      let claims: Record<string, unknown>;
      if (req.url === '/v3/directline/tokens/generate' && bearer === 'the-secret') {
        claims = { user: (JSON.parse(raw) as { user: { id: string } }).user.id, conv: `conv-${next++}`, serial: serial++ };
      } else if (req.url === '/v3/directline/tokens/refresh' && issued.has(bearer)) {
        const old = JSON.parse(Buffer.from(bearer.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
        claims = { ...old, serial: serial++ };
      } else {
        reply(403, { error: { code: 'TokenExpired', message: 'no' } });
        return;
      }
      const token = jwtLike(claims);
      issued.add(token);
      reply(200, { conversationId: claims.conv, token, expires_in: 3600 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    generateUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/directline/tokens/generate`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function startRoute(deps: Partial<TokenRouteDeps>): Promise<{ base: string; visitors: VisitorIds; close(): Promise<void> }> {
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  const visitors = new VisitorIds({ key: 'k'.repeat(32), days: 0, trustProxy: false });
  registerTokenRoute(server, { logger: pino({ level: 'silent' }), limiter: new RateLimiter(1000, 60_000), trustProxy: false, visitors, ...deps });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    visitors,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** One browser: keeps the visitor cookie it is given, as a browser would. */
function browser(base: string): { ask(body: unknown): Promise<TokenAnswer> } {
  let cookie: string | undefined;
  return {
    async ask(body: unknown): Promise<TokenAnswer> {
      const response = await fetch(`${base}/api/directline/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
      assert.equal(response.status, 200);
      cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
      return (await response.json()) as TokenAnswer;
    },
  };
}

describe('Resuming a Web Chat conversation after a reload', function () {
  this.timeout(20_000);
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (cleanup.length > 0) await cleanup.pop()!();
  });

  function localStore(): LocalDirectLine {
    return new LocalDirectLine(
      parseWebChatSettings({}, (message) => {
        throw new Error(message);
      }).local,
    );
  }

  describe('with the local Direct Line', () => {
    it('gives the same visitor its conversation back with its token, and nobody else', async () => {
      const store = localStore();
      const route = await startRoute({ local: store });
      cleanup.push(route.close);
      const own = browser(route.base);
      const first = await own.ask({ locale: 'en-US' });
      assert.equal(first.resumed, undefined);
      // Not started yet (the page reloaded before Web Chat connected): nothing to resume, a new one.
      const early = await own.ask({ locale: 'en-US', resume: { conversationId: first.conversationId, token: first.token } });
      assert.equal(early.resumed, undefined);
      assert.notEqual(early.conversationId, first.conversationId);
      // As POST /v3/directline/conversations does when Web Chat connects.
      store.find(first.conversationId)!.started = true;

      const again = await own.ask({ locale: 'en-US', resume: { conversationId: first.conversationId, token: first.token } });
      assert.deepEqual(again, { token: first.token, conversationId: first.conversationId, expiresIn: store.idleMs / 1000, resumed: true });

      // The id with a token that is not its own: a new conversation.
      const wrongToken = await own.ask({ locale: 'en-US', resume: { conversationId: first.conversationId, token: 'A'.repeat(43) } });
      assert.notEqual(wrongToken.conversationId, first.conversationId);
      assert.equal(wrongToken.resumed, undefined);

      // Another visitor (no cookie of the first's), even with the right token: a new conversation.
      const other = await browser(route.base).ask({ locale: 'en-US', resume: { conversationId: first.conversationId, token: first.token } });
      assert.notEqual(other.conversationId, first.conversationId);
      assert.notEqual(other.token, first.token);
      assert.equal(other.resumed, undefined);
    });

    it('starts a new conversation once the visitor signed out', async () => {
      const store = localStore();
      const route = await startRoute({ local: store });
      cleanup.push(route.close);
      const own = browser(route.base);
      const first = await own.ask({ locale: 'en-US' });
      store.find(first.conversationId)!.started = true;
      const resume = { conversationId: first.conversationId, token: first.token };
      assert.equal((await own.ask({ locale: 'en-US', resume })).resumed, true);
      const conversation = store.find(first.conversationId)!;
      await route.visitors.sessions.end(conversation.userId);
      const after = await own.ask({ locale: 'en-US', resume });
      assert.equal(after.resumed, undefined);
      assert.notEqual(after.conversationId, first.conversationId);
    });
  });

  describe("with Azure's Direct Line (a stand-in)", () => {
    it('renews the token with tokens/refresh for the same visitor, and generates a new one for another', async () => {
      const azure = await startAzureStandIn();
      cleanup.push(azure.close);
      const route = await startRoute({ directLine: { secret: 'the-secret', tokenUrl: azure.generateUrl } });
      cleanup.push(route.close);
      const own = browser(route.base);
      const first = await own.ask({ locale: 'en-US' });
      assert.deepEqual(azure.calls, ['POST /v3/directline/tokens/generate']);

      const again = await own.ask({ locale: 'en-US', resume: { conversationId: first.conversationId, token: first.token } });
      assert.equal(again.resumed, true);
      assert.equal(again.conversationId, first.conversationId);
      assert.notEqual(again.token, first.token, 'a renewed token');
      assert.equal(tokenUser(again.token), tokenUser(first.token));
      assert.deepEqual(azure.calls.slice(1), ['POST /v3/directline/tokens/refresh']);

      // Another visitor with the first's token: Direct Line would renew it, but it names another user.
      const other = await browser(route.base).ask({ locale: 'en-US', resume: { conversationId: first.conversationId, token: again.token } });
      assert.equal(other.resumed, undefined);
      assert.notEqual(other.conversationId, first.conversationId);
      assert.deepEqual(azure.calls.slice(2), ['POST /v3/directline/tokens/refresh', 'POST /v3/directline/tokens/generate']);

      // A token Direct Line refuses (expired): a new conversation.
      const expired = await own.ask({ locale: 'en-US', resume: { conversationId: first.conversationId, token: jwtLike({ user: 'x', conv: 'y' }) } });
      assert.equal(expired.resumed, undefined);
      assert.notEqual(expired.conversationId, first.conversationId);
    });
  });

  it('reads only a well-formed resume, and a token user only from a JWT-shaped token', () => {
    assert.deepEqual(parseResume({ resume: { conversationId: 'abc|1', token: 'x'.repeat(30) } }), { conversationId: 'abc|1', token: 'x'.repeat(30) });
    for (const bad of [
      undefined,
      {},
      { resume: 'x' },
      { resume: { conversationId: 'a b', token: 'x'.repeat(30) } },
      { resume: { conversationId: 'a', token: 'short' } },
      { resume: { conversationId: 'a', token: 'x'.repeat(4001) } },
      { resume: { conversationId: 'x'.repeat(201), token: 'x'.repeat(30) } },
      { resume: { conversationId: 7, token: 'x'.repeat(30) } },
      { resume: { token: 'x'.repeat(30) } },
      [{ resume: { conversationId: 'a', token: 'x'.repeat(30) } }],
    ]) {
      assert.equal(parseResume(bad), undefined, JSON.stringify(bad));
    }
    assert.equal(tokenUser(jwtLike({ user: 'dl_abc' })), 'dl_abc');
    for (const bad of ['no-dots', 'a.!!!.c', jwtLike({ user: 42 }), `a.${Buffer.from('[1]').toString('base64url')}.c`])
      assert.equal(tokenUser(bad), undefined, bad);
  });
});
