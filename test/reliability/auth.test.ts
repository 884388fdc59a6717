// Authentication for each app type and the tenant allow-list: unsigned requests never reach the
// bot (401, a warn line without stack, nothing on the console, storage untouched), and activities
// from tenants outside ALLOWED_TENANTS get a polite message and change nothing.
import { strict as assert } from 'assert';
import { MemoryStorage } from 'botbuilder';
import enUS from '../../content/texts/en-US.json';
import { ConfigError, loadConfig } from '../../src/config';
import { catalogFor } from '../../src/domain/textCatalog';
import { HttpChat, conversationItem } from '../support/httpChat';
import { InProcess, startInProcess } from '../support/inProcess';
import { postJson } from '../support/http';
import { CountingStorage } from '../support/countingStorage';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SECRET = 'not-a-real-secret-Zq8~';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER_TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

const APP_TYPES: [string, Record<string, string>][] = [
  ['MultiTenant', { MicrosoftAppType: 'MultiTenant', MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET }],
  ['SingleTenant', { MicrosoftAppType: 'SingleTenant', MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppTenantId: TENANT }],
  ['UserAssignedMSI', { MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT }],
];

describe('Authentication by app type', function () {
  this.timeout(30_000);

  for (const [appType, env] of APP_TYPES) {
    it(`${appType}: unsigned or forged requests get 401 and never reach the bot`, async () => {
      const storage = new CountingStorage();
      const bot = await startInProcess(env, { storage });
      const consoleErrors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => consoleErrors.push(args);
      try {
        const chat = new HttpChat(bot.base, 'auth-check', { channelId: 'msteams' });
        const activity = chat.activity({ text: 'hello', deliveryMode: undefined, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
        for (const authorization of [undefined, 'Bearer not.a.token', 'Basic dXNlcjpwYXNz', 'Bearer ', 'bearer x'.repeat(200)]) {
          const res = await postJson(`${bot.base}/api/messages`, activity, authorization === undefined ? {} : { authorization });
          assert.equal(res.status, 401, `authorization: ${String(authorization).slice(0, 20)}`);
          assert.deepEqual(Object.keys(res.json as object).sort(), ['code', 'message']);
        }
      } finally {
        console.error = original;
        await bot.stop();
      }
      assert.equal(storage.operations, 0, 'no state was read or written');
      assert.deepEqual(consoleErrors, [], 'nothing printed with console.error');
      const refusals = bot.lines.filter((l) => l.msg === 'request not authenticated');
      assert.equal(refusals.length, 5);
      assert.ok(refusals.every((l) => l.level === 40 && !('stack' in l) && !JSON.stringify(l).includes('"stack"')));
      assert.ok(!bot.lines.some((l) => l.msg === 'turn'), 'no turn ran');
      assert.ok(!JSON.stringify(bot.lines).includes(SECRET), 'the secret is never logged');
    });
  }
});

describe('Tenant allow-list (ALLOWED_TENANTS)', function () {
  this.timeout(30_000);
  let bot: InProcess;

  before(async () => {
    bot = await startInProcess({ ALLOWED_TENANTS: ` ${TENANT.toUpperCase()} ,11111111-0000-0000-0000-000000000001` }, { storage: new MemoryStorage() });
  });
  after(() => bot.stop());

  const teams = (conversationId: string, tenant: string | undefined, extra: Record<string, unknown> = {}): HttpChat =>
    new HttpChat(bot.base, conversationId, {
      channelId: 'msteams',
      extra: { conversation: { id: conversationId, conversationType: 'personal', ...(tenant ? { tenantId: tenant } : {}) }, ...extra },
    });

  it('serves a listed tenant as usual', async () => {
    const chat = teams('tenant-ok', TENANT, { channelData: { tenant: { id: TENANT } } });
    const turn = await chat.say('hello');
    assert.equal(turn.status, 200);
    assert.ok(chat.currentQuestion());
    assert.ok(await conversationItem(bot.app.storage, 'msteams', 'tenant-ok'));
  });

  it('answers another tenant politely, in its language, and stores nothing', async () => {
    for (const [id, tenant, channelData, locale] of [
      ['tenant-other', OTHER_TENANT, undefined, 'en-US'],
      ['tenant-mixed', TENANT, { tenant: { id: OTHER_TENANT } }, 'en-US'],
      ['tenant-missing', undefined, undefined, 'ru-RU'],
    ] as const) {
      const chat = new HttpChat(bot.base, id, {
        channelId: 'msteams',
        locale,
        extra: { conversation: { id, conversationType: 'personal', ...(tenant ? { tenantId: tenant } : {}) }, ...(channelData ? { channelData } : {}) },
      });
      const turn = await chat.say('hello');
      assert.equal(turn.status, 200, id);
      assert.equal(turn.replies.length, 1, id);
      const expected = locale === 'ru-RU' ? (catalogFor('ru-RU').messages.tenantNotAllowed ?? enUS.messages.tenantNotAllowed) : enUS.messages.tenantNotAllowed;
      assert.equal(turn.replies[0]!.text, expected, id);
      assert.equal(await conversationItem(bot.app.storage, 'msteams', id), undefined, `${id}: no conversation state`);
      const user = await bot.app.storage.read([`msteams/users/user-${id}/`]);
      assert.deepEqual(user, {}, `${id}: no user state`);
    }
    assert.ok(bot.lines.some((l) => l.msg === 'activity from a tenant that is not allowed' && l.tenant === OTHER_TENANT && l.level === 40));
  });

  it('answers another tenant in the language its user picked, over what the client reports', async () => {
    const id = 'tenant-picked';
    // The user chose Russian when their tenant was still allowed; their client says English.
    await bot.app.storage.write({ [`msteams/users/user-${id}/`]: { profile: { locale: 'ru-RU' } } });
    const chat = new HttpChat(bot.base, id, {
      channelId: 'msteams',
      locale: 'en-US',
      extra: { conversation: { id, conversationType: 'personal', tenantId: OTHER_TENANT } },
    });
    const turn = await chat.say('hello');
    assert.equal(turn.status, 200);
    assert.equal(turn.replies.length, 1);
    assert.equal(turn.replies[0]!.text, catalogFor('ru-RU').messages.tenantNotAllowed);
    assert.equal(await conversationItem(bot.app.storage, 'msteams', id), undefined, 'no conversation state');
  });

  it('refuses invokes from another tenant with 403 and greets an install once, politely', async () => {
    const chat = teams('tenant-invoke', OTHER_TENANT);
    const invoke = await postJson(
      `${bot.base}/api/messages`,
      chat.activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute' } }, deliveryMode: undefined }),
    );
    assert.equal(invoke.status, 403);
    assert.deepEqual(
      invoke.json,
      { statusCode: 403, type: 'application/vnd.microsoft.error', value: { code: 'Forbidden', message: enUS.messages.tenantNotAllowed } },
      'a card click is told why',
    );
    const installed = await chat.post(chat.activity({ type: 'installationUpdate', action: 'add' }));
    assert.equal(installed.replies.length, 1);
    const joined = await chat.post(chat.activity({ type: 'conversationUpdate', membersAdded: [{ id: 'advisor-bot' }] }));
    assert.equal(joined.replies.length, 0);
    assert.equal(await conversationItem(bot.app.storage, 'msteams', 'tenant-invoke'), undefined);
  });

  it('lets channels without tenants (Web Chat) through', async () => {
    const chat = new HttpChat(bot.base, 'tenant-webchat');
    const turn = await chat.say('hello');
    assert.equal(turn.status, 200);
    assert.ok(chat.currentQuestion());
  });

  it('checks the list at start-up', () => {
    assert.deepEqual(loadConfig({ ALLOWED_TENANTS: `${TENANT.toUpperCase()}, ${TENANT};${OTHER_TENANT}` }).allowedTenants, [TENANT, OTHER_TENANT]);
    assert.deepEqual(loadConfig({}).allowedTenants, []);
    assert.throws(
      () => loadConfig({ ALLOWED_TENANTS: `${TENANT},contoso.onmicrosoft.com` }),
      (e: unknown) => e instanceof ConfigError && /^ALLOWED_TENANTS must be a comma-separated list of tenant GUIDs/.test(e.message),
    );
    assert.throws(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: 'soon' }), /SHUTDOWN_TIMEOUT_MS/);
  });
});
