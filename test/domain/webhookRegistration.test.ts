// The start-up comparison of Partner Center's webhook registration with this deployment, from a
// table: Partner Center returns `WebhookUrl` and `WebhookEvents` (partner-center-webhooks), one
// registration per partner tenant, so another URL means this bot gets no events.
import { strict as assert } from 'assert';
import { failedReadHealth, healthLine, registrationHealth, sameUrl, WebhookHealth } from '../../src/domain/webhookRegistration';

const CALLBACK = 'https://bot.contoso.com/api/partnercenter/events';
const NEEDED = ['granular-admin-relationship-approved', 'test-created'];

describe('Webhook registration health', () => {
  const rows: [string, unknown, WebhookHealth][] = [
    ['this URL with every event', { WebhookUrl: CALLBACK, WebhookEvents: NEEDED }, { status: 'registered' }],
    ['camel-case fields', { webhookUrl: CALLBACK, webhookEvents: [...NEEDED, 'azure-fraud-event-detected'] }, { status: 'registered' }],
    ['a trailing slash is the same URL', { WebhookUrl: `${CALLBACK}/`, WebhookEvents: NEEDED }, { status: 'registered' }],
    [
      'the host in capitals is the same URL',
      { WebhookUrl: 'https://BOT.contoso.com/api/partnercenter/events', WebhookEvents: NEEDED },
      { status: 'registered' },
    ],
    [
      'another tool’s URL',
      { WebhookUrl: 'https://cipp.example.net/api/webhook', WebhookEvents: NEEDED },
      { status: 'elsewhere', registeredUrl: 'https://cipp.example.net/api/webhook' },
    ],
    [
      'one event missing',
      { WebhookUrl: CALLBACK, WebhookEvents: ['test-created'] },
      { status: 'missingEvents', missing: ['granular-admin-relationship-approved'] },
    ],
    ['events not a list', { WebhookUrl: CALLBACK, WebhookEvents: 'test-created' }, { status: 'missingEvents', missing: NEEDED }],
    ['no URL', { WebhookEvents: NEEDED }, { status: 'notRegistered' }],
    ['a URL that is not text', { WebhookUrl: 42 }, { status: 'notRegistered' }],
    ['no body', undefined, { status: 'notRegistered' }],
    ['null', null, { status: 'notRegistered' }],
  ];
  for (const [name, registration, health] of rows) {
    it(name, () => assert.deepEqual(registrationHealth(registration, CALLBACK, NEEDED), health));
  }

  it('keeps at most 300 characters of another URL', () => {
    const long = `https://elsewhere.example/${'a'.repeat(400)}`;
    const health = registrationHealth({ WebhookUrl: long }, CALLBACK, NEEDED);
    assert.equal(health.status, 'elsewhere');
    assert.equal(health.status === 'elsewhere' ? health.registeredUrl.length : 0, 300);
  });

  it('compares text that is no URL as text', () => {
    assert.equal(sameUrl('not a url', 'not a url'), true);
    assert.equal(sameUrl('not a url', CALLBACK), false);
  });

  it('takes any number of trailing slashes, on either side, as the same URL', () => {
    assert.equal(sameUrl(`${CALLBACK}//`, CALLBACK), true);
    assert.equal(sameUrl(CALLBACK, `${CALLBACK}//`), true);
    assert.equal(sameUrl(`${CALLBACK}/`, `${CALLBACK}///`), true);
    assert.equal(sameUrl(`${CALLBACK}s`, CALLBACK), false);
  });

  it('reads a failed read as no registration only when Partner Center said not found', () => {
    assert.deepEqual(failedReadHealth('notFound'), { status: 'notRegistered' });
    assert.deepEqual(failedReadHealth('forbidden'), { status: 'unknown', reason: 'forbidden' });
  });

  it('warns for everything but a registration of this bot', () => {
    const rows: [WebhookHealth, 'info' | 'warn'][] = [
      [{ status: 'registered' }, 'info'],
      [{ status: 'elsewhere', registeredUrl: 'https://x.example' }, 'warn'],
      [{ status: 'missingEvents', missing: ['test-created'] }, 'warn'],
      [{ status: 'notRegistered' }, 'warn'],
      [{ status: 'unknown', reason: 'failed' }, 'warn'],
    ];
    for (const [health, level] of rows) assert.equal(healthLine(health).level, level, health.status);
  });

  it('says in each line what the operator reads and does: a line of its own per result, naming the command where one helps', () => {
    const lines: [WebhookHealth, RegExp][] = [
      [{ status: 'registered' }, /points at this bot/],
      [{ status: 'elsewhere', registeredUrl: 'https://x.example' }, /another URL.*--replace-url/],
      [{ status: 'missingEvents', missing: ['test-created'] }, /lacks some of the bot's events.*npm run webhooks -- register/],
      [{ status: 'notRegistered' }, /^No Partner Center webhook registration: npm run webhooks -- register/],
      [{ status: 'unknown', reason: 'failed' }, /could not be read/],
    ];
    for (const [health, said] of lines) assert.match(healthLine(health).message, said, health.status);
    assert.equal(new Set(lines.map(([health]) => healthLine(health).message)).size, lines.length);
  });
});
