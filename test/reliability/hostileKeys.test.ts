// When the signing keys cannot be fetched (docs/production.md, "Reliability under test"): 200
// parallel requests with signed channel tokens while the OpenID metadata endpoint hangs (accepts,
// never answers: the 40 s case) or fails (500). All are refused 503 with Retry-After within 5 s;
// the endpoint sees one fetch per window, not one per request; the log has a line or two, not 200.
// After the short memory of the failure, the keys are fetched again and a token is checked.
// The token check is botframework-connector's JwtTokenExtractor over OpenIdMetadata; Bot Framework
// authentication: learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
import { strict as assert } from 'assert';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { KEY_FETCH_RETRY_AFTER_MS } from '../../src/protocols/http/signingKeyRules';
import { channelClaims, OpenIdProvider, SigningKey, signingKey, startOpenIdProvider, token } from '../support/botFrameworkTokens';
import { CountingStorage } from '../support/countingStorage';
import { HttpChat } from '../support/httpChat';
import { InProcess, startInProcess } from '../support/inProcess';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const REGISTRATION = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'hostile-keys-secret-Zx8~Lp2qW5', MicrosoftAppType: 'MultiTenant' };
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const PARALLEL = 200;
const KEY_LINE = 'token not checked: the signing keys could not be fetched; try again';

type Mode = 'hang' | 'fail' | 'serve';

/** A metadata endpoint in front of a real provider: hangs, fails with 500, or serves the provider's documents. */
async function keyEndpoint(provider: OpenIdProvider): Promise<{ url: string; mode: Mode; fetches: number; close(): Promise<void> }> {
  const state = { mode: 'hang' as Mode, fetches: 0 };
  const held: http.ServerResponse[] = [];
  // (The web framework in this process changes ServerResponse's writeHead: it no longer returns the response.)
  const server = http.createServer((_req, res) => {
    state.fetches += 1;
    if (state.mode === 'hang') return void held.push(res);
    if (state.mode === 'fail') {
      res.writeHead(500);
      return void res.end();
    }
    void fetch(provider.metadataUrl)
      .then((r) => r.text())
      .then((body) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(body);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
  return Object.assign(state, {
    url,
    close: async () => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

interface Answer {
  status: number;
  retryAfter: string | undefined;
}

function post(base: string, authorization: string, body: string): Promise<Answer> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: Number(port),
        path: '/api/messages',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', authorization },
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined }));
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

describe('Signing keys out of reach: 200 parallel signed requests', function () {
  this.timeout(60_000);
  let key: SigningKey;
  let provider: OpenIdProvider;

  before(async () => {
    key = signingKey('channel-key');
    provider = await startOpenIdProvider([{ key, endorsements: ['msteams'] }]);
  });
  after(async () => provider?.close());

  const signed = (): string => `Bearer ${token({ key, claims: channelClaims(APP_ID, SERVICE_URL) })}`;

  for (const mode of ['hang', 'fail'] as const) {
    it(`${mode === 'hang' ? 'with an endpoint that never answers' : 'with an endpoint answering 500'}: issue 67 finding 4: all 503 with Retry-After, one fetch, a line or two (how long it takes is printed, not asserted)`, async () => {
      const endpoint = await keyEndpoint(provider);
      endpoint.mode = mode;
      let bot: InProcess | undefined;
      try {
        bot = await startInProcess(REGISTRATION, { storage: new CountingStorage(), botFrameworkOpenIdMetadataUrl: endpoint.url, logLevel: 'info' });
        const body = JSON.stringify(new HttpChat(bot.base, 'keys', { channelId: 'msteams', extra: { serviceUrl: SERVICE_URL } }).activity({ text: 'hello' }));
        const started = performance.now();
        const answers = await Promise.all(Array.from({ length: PARALLEL }, () => post(bot!.base, signed(), body)));
        const ms = performance.now() - started;
        assert.deepEqual([...new Set(answers.map((a) => `${a.status} ${a.retryAfter}`))], ['503 2']);
        assert.equal(endpoint.fetches, 1, 'one fetch for all of them');
        const lines = bot.lines.filter((l) => l.msg === KEY_LINE);
        assert.ok(lines.length >= 1 && lines.length <= 2, `${lines.length} log lines`);
        process.stdout.write(`      ${mode}: ${PARALLEL} refused 503 in ${Math.round(ms)} ms, ${endpoint.fetches} fetch, ${lines.length} log line\n`);

        if (mode === 'fail') {
          // The endpoint back: within the failure's short memory still 503 without a fetch, then checked again.
          endpoint.mode = 'serve';
          assert.equal((await post(bot.base, signed(), '{"not": "json')).status, 503);
          assert.equal(endpoint.fetches, 1);
          await new Promise((resolve) => setTimeout(resolve, KEY_FETCH_RETRY_AFTER_MS + 100));
          // The token passes now; the body (no JSON) is what is refused.
          assert.equal((await post(bot.base, signed(), '{"not": "json')).status, 400);
        }
      } finally {
        await bot?.stop();
        await endpoint.close();
      }
    });
  }
});
