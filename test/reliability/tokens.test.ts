// Bot Framework tokens checked for real: the bot reads a local OpenID metadata document and JWKS
// (keys endorsed for channels, as Bot Framework publishes them) and gets RS256 tokens signed by
// local keys. A valid token is answered; every flawed one gets 401, reaches no state, logs exactly
// one warning (no token in it) and prints nothing.
import { strict as assert } from 'assert';
import { createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { checkedMetadataUrl, withoutSdkConsole } from '../../src/hosting/http/botFrameworkAuth';
import { channelClaims, OpenIdProvider, SigningKey, signingKey, startOpenIdProvider, token } from '../support/botFrameworkTokens';
import { CountingStorage } from '../support/countingStorage';
import { HttpChat } from '../support/httpChat';
import { postJson } from '../support/http';
import { InProcess, startInProcess } from '../support/inProcess';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const PASSWORD = 'not-a-real-secret-Zq8~';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

/** Everything written to stderr (console.error included) while `work` runs. */
async function stderrDuring<T>(work: () => Promise<T>): Promise<{ result: T; printed: string }> {
  let printed = '';
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    printed += chunk.toString();
    return true;
  }) as typeof process.stderr.write;
  try {
    return { result: await work(), printed };
  } finally {
    process.stderr.write = write;
  }
}

describe('Bot Framework tokens against a local OpenID provider', function () {
  this.timeout(30_000);
  let channelKey: SigningKey;
  let skypeKey: SigningKey;
  let strangerKey: SigningKey;
  let provider: OpenIdProvider;
  let storage: CountingStorage;
  let bot: InProcess;

  before(async () => {
    [channelKey, skypeKey, strangerKey] = [signingKey('channel-key'), signingKey('skype-key'), signingKey('stranger-key')];
    provider = await startOpenIdProvider([
      { key: channelKey, endorsements: ['msteams', 'webchat', 'directline'] },
      { key: skypeKey, endorsements: ['skype'] },
    ]);
    storage = new CountingStorage();
    bot = await startInProcess(
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'MultiTenant' },
      { storage, botFrameworkOpenIdMetadataUrl: provider.metadataUrl },
    );
  });
  after(async () => {
    await bot?.stop();
    await provider?.close();
  });

  const chat = (id: string): HttpChat => new HttpChat(bot.base, id, { channelId: 'msteams', extra: { serviceUrl: SERVICE_URL } });

  async function send(conversationId: string, bearer: string): Promise<{ status: number; activities: unknown[] }> {
    const activity = chat(conversationId).activity({ text: 'hello' });
    const res = await postJson(`${bot.base}/api/messages`, activity, { authorization: `Bearer ${bearer}` });
    return { status: res.status, activities: (res.json as { activities?: unknown[] } | undefined)?.activities ?? [] };
  }

  it('accepts a token signed by an endorsed key and answers the turn', async () => {
    const before = storage.operations;
    const res = await send('token-valid', token({ key: channelKey, claims: channelClaims(APP_ID, SERVICE_URL) }));
    assert.equal(res.status, 200);
    assert.ok(res.activities.length > 0, 'the bot answered');
    assert.ok(storage.operations > before, 'the turn read and wrote its state');
    assert.ok(provider.requests.includes('/v1/keys'), 'the keys came from the local provider');
    assert.ok(bot.lines.some((l) => l.msg === 'turn' && l.channelId === 'msteams'));
  });

  const now = Math.floor(Date.now() / 1000);
  const claims = (extra: Record<string, unknown>): Record<string, unknown> => ({ ...channelClaims(APP_ID, SERVICE_URL, now), ...extra });
  // Each with the SDK's reason (botframework-connector 4.23), so a case cannot pass for another cause.
  const refused: [string, () => string, RegExp][] = [
    ['expired', () => token({ key: channelKey, claims: claims({ nbf: now - 7200, iat: now - 7200, exp: now - 3600 }) }), /has expired/],
    ['not yet valid', () => token({ key: channelKey, claims: claims({ nbf: now + 3600, exp: now + 7200 }) }), /not active/],
    ['for another audience', () => token({ key: channelKey, claims: claims({ aud: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' }) }), /Invalid AppId/],
    ['from another issuer', () => token({ key: channelKey, claims: claims({ iss: 'https://issuer.invalid/' }) }), /No valid identity/],
    ['signed by a key the provider does not publish', () => token({ key: strangerKey, claims: claims({}) }), /Signing Key could not be retrieved/],
    ['signed by another key under a published kid', () => token({ key: strangerKey, kid: channelKey.kid, claims: claims({}) }), /invalid signature/],
    ['unsigned (alg: none)', () => token({ alg: 'none', kid: channelKey.kid, claims: claims({}) }), /signature is required/],
    ['signed by a key not endorsed for the channel', () => token({ key: skypeKey, claims: claims({}) }), /endorsement/],
    [
      'for another serviceUrl than the activity',
      () => token({ key: channelKey, claims: claims({ serviceurl: 'https://smba.trafficmanager.net/amer/' }) }),
      /ServiceUrl claim/,
    ],
  ];

  for (const [what, make, reason] of refused) {
    it(`refuses a token ${what}: 401, no state, one warning, nothing printed`, async () => {
      const bearer = make();
      const operations = storage.operations;
      const linesBefore = bot.lines.length;
      const { result, printed } = await stderrDuring(() => send(`token-${what.replace(/\W+/g, '-')}`, bearer));
      assert.equal(result.status, 401);
      assert.deepEqual(result.activities, []);
      assert.equal(storage.operations, operations, 'no state was read or written');
      const lines = bot.lines.slice(linesBefore);
      const warnings = lines.filter((l) => (l.level ?? 0) >= 40);
      assert.equal(warnings.length, 1, JSON.stringify(lines));
      assert.equal(warnings[0]!.msg, 'request not authenticated');
      assert.equal(warnings[0]!.level, 40);
      assert.match(String(warnings[0]!.reason), reason);
      assert.ok(!lines.some((l) => l.msg === 'turn'), 'no turn ran');
      assert.equal(printed, '', 'nothing printed on stderr');
      const logged = JSON.stringify(lines);
      assert.ok(!logged.includes(bearer.split('.')[2] || bearer.split('.')[1]!), 'the token is never logged');
      assert.ok(!logged.includes(PASSWORD));
    });
  }

  it('answers 503 with Retry-After, not 500, while the signing keys cannot be fetched; no state, nothing printed', async () => {
    const closed = await startOpenIdProvider([{ key: channelKey, endorsements: ['msteams'] }]);
    const unreachable = closed.metadataUrl;
    await closed.close();
    const lonely = new CountingStorage();
    const cut = await startInProcess(
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'MultiTenant' },
      { storage: lonely, botFrameworkOpenIdMetadataUrl: unreachable },
    );
    try {
      const activity = new HttpChat(cut.base, 'token-keys-unreachable', { channelId: 'msteams', extra: { serviceUrl: SERVICE_URL } }).activity({
        text: 'hello',
      });
      const { result, printed } = await stderrDuring(() =>
        fetch(`${cut.base}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token({ key: channelKey, claims: channelClaims(APP_ID, SERVICE_URL) })}` },
          body: JSON.stringify(activity),
        }),
      );
      assert.equal(result.status, 503);
      assert.equal(result.headers.get('retry-after'), '2');
      assert.equal(lonely.operations, 0, 'no state was read or written');
      assert.ok(
        cut.lines.some((l) => l.status === 503 && /signing keys/.test(String(l.msg))),
        JSON.stringify(cut.lines.slice(-3)),
      );
      assert.equal(printed, '', 'nothing printed on stderr');
    } finally {
      await cut.stop();
    }
  });

  it('keeps the token check quiet even after something else replaced console.error', async () => {
    const printed: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => printed.push(['first', ...args]);
    try {
      await withoutSdkConsole(async () => console.error('inside the first check'));
      console.error = (...args: unknown[]) => printed.push(['second', ...args]);
      await withoutSdkConsole(async () => console.error('inside the second check'));
      console.error('outside');
    } finally {
      console.error = original;
    }
    assert.deepEqual(printed, [['second', 'outside']]);
  });

  it('takes other metadata only from createApp, over https or on loopback', () => {
    assert.equal(
      checkedMetadataUrl('https://login.example.com/v1/.well-known/openidconfiguration'),
      'https://login.example.com/v1/.well-known/openidconfiguration',
    );
    assert.equal(checkedMetadataUrl(provider.metadataUrl), provider.metadataUrl);
    for (const bad of ['http://login.example.com/v1/.well-known/openidconfiguration', 'http://10.0.0.1/metadata', 'file:///etc/passwd', 'not a url']) {
      assert.throws(() => checkedMetadataUrl(bad), /must use https|absolute URL/, bad);
      assert.throws(
        () =>
          createApp(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'MultiTenant' }), {
            botFrameworkOpenIdMetadataUrl: bad,
          }),
        bad,
      );
    }
    // No environment variable moves it: the configuration has no such setting.
    const config = loadConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: PASSWORD,
      MicrosoftAppType: 'MultiTenant',
      BotOpenIdMetadata: provider.metadataUrl,
      ToBotFromChannelOpenIdMetadataUrl: provider.metadataUrl,
    });
    assert.ok(!JSON.stringify(config).includes(provider.metadataUrl));
  });
});
