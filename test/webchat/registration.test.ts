// Web Chat next to a Bot Framework registration: nothing anonymous reaches the bot. Without a
// Direct Line secret the token endpoint and the local Direct Line are not mounted and the page says,
// in the visitor's language, that Web Chat is not configured; only the development-only setting
// brings the local Direct Line back, with one warning at start-up.
import { strict as assert } from 'assert';
import pageStrings from '../../content/pages/webchat.json';
import { LOCALES } from '../../src/domain/locales';
import { ConfigError, loadConfig } from '../../src/config';
import { escapeHtml } from '../../src/conversation/pages/webChatPage';
import { parseWebChatSettings, webChatMode, webChatModeLine } from '../../src/config/webChatSettings';
import { expectRepliesActivity, postJson } from '../support/http';
import { InProcess, startInProcess } from '../support/inProcess';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const PASSWORD = 'not-a-real-secret-Qw9~';
const DIRECT_LINE_SECRET = 'TestSecret.cwA.XyZ_0123456789abcdefSECRET';
const REGISTERED = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'MultiTenant' };
const USER = 'dl_0123456789abcdef0123';
const DEV_WARNING = /^The local Direct Line is on next to an app registration/;

/** Every route that would let a browser talk to the bot without a Bot Framework token. */
async function anonymousRoutes(base: string): Promise<Record<string, number>> {
  const statuses: Record<string, number> = {};
  statuses.token = (await postJson(`${base}/api/directline/token`, { userId: USER, locale: 'en-US' })).status;
  for (const path of ['/v3/directline/conversations', '/v3/directline/tokens/refresh', '/local-connector/v3/conversations/c/activities']) {
    statuses[path] = (await postJson(`${base}${path}`, {}, { authorization: 'Bearer abcdefghijklmnopqrstuvwxyz' })).status;
  }
  statuses.messages = (await postJson(`${base}/api/messages`, expectRepliesActivity('anonymous', { text: 'hello' }))).status;
  return statuses;
}

describe('Web Chat with an app registration', function () {
  this.timeout(20_000);
  const running: InProcess[] = [];
  afterEach(async () => {
    while (running.length > 0) await running.pop()!.stop();
  });
  const start = async (env: Record<string, string>): Promise<InProcess> => {
    const bot = await startInProcess(env);
    running.push(bot);
    return bot;
  };

  it('without a Direct Line secret: no token, no local Direct Line, unsigned messages 401', async () => {
    const bot = await start(REGISTERED);
    assert.deepEqual(await anonymousRoutes(bot.base), {
      token: 404,
      '/v3/directline/conversations': 404,
      '/v3/directline/tokens/refresh': 404,
      '/local-connector/v3/conversations/c/activities': 404,
      messages: 401,
    });
    assert.equal(bot.lines.filter((l) => typeof l.msg === 'string' && DEV_WARNING.test(l.msg)).length, 0);
    assert.ok(bot.lines.some((l) => l.msg?.startsWith('Web Chat page on / says Web Chat is not configured') && l.mode === 'unconfigured'));
  });

  it('says plainly, in each language, that Web Chat is not configured, and loads no chat script', async () => {
    const bot = await start(REGISTERED);
    for (const locale of LOCALES) {
      const res = await fetch(`${bot.base}/chat?locale=${locale}`);
      assert.equal(res.status, 200, locale);
      const html = await res.text();
      const strings = (pageStrings as Record<string, Record<string, string>>)[locale]!;
      assert.ok(html.includes(escapeHtml(strings.notConfigured!)), `${locale}: the notice`);
      assert.ok(!html.includes(escapeHtml(strings.connecting!)), `${locale}: no "connecting"`);
      assert.ok(html.includes(`lang="${locale}"`), locale);
      assert.doesNotMatch(html, /<script/, `${locale}: no script (nothing would connect)`);
    }
    const browser = await (await fetch(`${bot.base}/`, { headers: { 'accept-language': 'hu-HU,hu;q=0.9' } })).text();
    assert.ok(browser.includes(escapeHtml(pageStrings['hu-HU'].notConfigured)), 'the browser language when no ?locale=');
  });

  it(`the development-only setting brings the local Direct Line back, with one warning at start-up`, async () => {
    const bot = await start({ ...REGISTERED, DIRECT_LINE_LOCAL_ANONYMOUS_DEV_ONLY: 'true' });
    const warnings = bot.lines.filter((l) => l.level === 40);
    const statuses = await anonymousRoutes(bot.base);
    assert.equal(statuses.token, 200);
    assert.equal(statuses.messages, 401, 'the Bot Framework endpoint still wants a token');
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.match(warnings[0]!.msg!, DEV_WARNING);
    assert.equal(warnings[0]!.setting, 'DIRECT_LINE_LOCAL_ANONYMOUS_DEV_ONLY');
    assert.ok(!JSON.stringify(bot.lines).includes(PASSWORD), 'the app password is never logged');
  });

  it('with a Direct Line secret: the page uses Azure Bot Service, nothing local is mounted', async () => {
    const bot = await start({ ...REGISTERED, DIRECT_LINE_SECRET });
    const statuses = await anonymousRoutes(bot.base);
    for (const path of ['/v3/directline/conversations', '/v3/directline/tokens/refresh', '/local-connector/v3/conversations/c/activities']) {
      assert.equal(statuses[path], 404, path);
    }
    assert.equal(statuses.messages, 401);
    const res = await fetch(`${bot.base}/`);
    assert.match(res.headers.get('content-security-policy') ?? '', /connect-src 'self' https:\/\/directline\.botframework\.com wss:/);
    const html = await res.text();
    assert.match(html, /id="chat-config"/);
    assert.ok(!html.includes(DIRECT_LINE_SECRET));
    assert.ok(!JSON.stringify(bot.lines).includes(DIRECT_LINE_SECRET), 'the secret is never logged');
  });

  it('without a registration the local Direct Line stays the default, without a warning', async () => {
    const bot = await start({});
    assert.equal((await anonymousRoutes(bot.base)).token, 200);
    assert.equal(bot.lines.filter((l) => l.level === 40).length, 0);
  });

  it('says at start-up where the page is and how it reaches the bot, in each mode; nothing when it is off', () => {
    const rows: [Parameters<typeof webChatModeLine>[0], string | undefined][] = [
      ['directline', 'Web Chat page on / with Azure Direct Line'],
      ['local', 'Web Chat page on / with the local Direct Line'],
      ['unconfigured', 'Web Chat page on / says Web Chat is not configured: set DIRECT_LINE_SECRET (or WEBCHAT_ENABLED=false)'],
      ['off', undefined],
    ];
    for (const [mode, line] of rows) assert.equal(webChatModeLine(mode), line, mode);
  });

  it('picks the mode from the secret, the registration and the development setting', () => {
    const settings = (env: Record<string, string>) => parseWebChatSettings(env, (m) => assert.fail(m));
    assert.equal(webChatMode(settings({}), false), 'local');
    assert.equal(webChatMode(settings({}), true), 'unconfigured');
    assert.equal(webChatMode(settings({ DIRECT_LINE_LOCAL_ANONYMOUS_DEV_ONLY: 'yes' }), true), 'local');
    assert.equal(webChatMode(settings({ DIRECT_LINE_SECRET, DIRECT_LINE_LOCAL_ANONYMOUS_DEV_ONLY: 'true' }), true), 'directline');
    assert.equal(webChatMode(settings({ WEBCHAT_ENABLED: 'false', DIRECT_LINE_LOCAL_ANONYMOUS_DEV_ONLY: 'true' }), true), 'off');
    assert.equal(loadConfig({}).webChat!.localAnonymousDevOnly, false);
    assert.throws(
      () => loadConfig({ DIRECT_LINE_LOCAL_ANONYMOUS_DEV_ONLY: 'sometimes' }),
      (e: unknown) => e instanceof ConfigError && /^DIRECT_LINE_LOCAL_ANONYMOUS_DEV_ONLY must be true or false/.test(e.message),
    );
  });
});
