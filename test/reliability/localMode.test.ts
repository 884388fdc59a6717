// Local mode (no registration, no token to check) stays local: replies go only to service URLs
// on this machine, IPv4 or IPv6 literal (with its brackets), never to an address a caller names;
// beyond loopback the bot serves only with the development switch, and says so at start-up.
import { strict as assert } from 'assert';
import * as http from 'http';
import { AddressInfo } from 'net';
import { createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { ConnectorSender } from '../../src/hosting/connector/connectorSender';
import { captureLogger, InProcess, startInProcess } from '../support/inProcess';
import { postJson } from '../support/http';

/** A connector on the IPv6 loopback address that records the activities sent to it. */
async function ipv6Connector(): Promise<{ url: string; received: { url: string; body: Record<string, unknown> }[]; close(): Promise<void> }> {
  const received: { url: string; body: Record<string, unknown> }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ url: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown> });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '::1', resolve));
  return {
    url: `http://[::1]:${(server.address() as AddressInfo).port}/`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const anonymous = { signRequest: async <T>(request: T): Promise<T> => request } as never;

function message(conversationId: string, serviceUrl: string): Record<string, unknown> {
  return {
    type: 'message',
    id: `m-${conversationId}`,
    channelId: 'webchat',
    serviceUrl,
    from: { id: 'user-local' },
    recipient: { id: 'bot' },
    conversation: { id: conversationId },
    locale: 'en-US',
    text: 'hello',
  };
}

describe('Local mode stays local', function () {
  this.timeout(30_000);
  let bot: InProcess;
  let connector: Awaited<ReturnType<typeof ipv6Connector>>;

  before(async () => {
    connector = await ipv6Connector();
    bot = await startInProcess();
  });
  after(async () => {
    await bot?.stop();
    await connector?.close();
  });

  it('the direct sender reaches an IPv6 literal service URL (brackets and all)', async () => {
    const sender = new ConnectorSender(connector.url, anonymous, { retryDelayMs: 1 });
    const answer = await sender.send('conv-v6', { type: 'message', text: 'over IPv6' });
    assert.equal(answer.id, `reply-${connector.received.length}`);
    assert.equal(connector.received.at(-1)!.url, '/v3/conversations/conv-v6/activities');
  });

  it('replies to an activity whose service URL is http://[::1]:port/', async () => {
    const before = connector.received.length;
    const res = await postJson(`${bot.base}/api/messages`, message('ipv6-conversation', connector.url));
    assert.equal(res.status, 200);
    const replies = connector.received.slice(before);
    assert.ok(replies.length >= 1, 'the welcome reached the connector');
    assert.ok(replies.every((r) => r.url.startsWith('/v3/conversations/ipv6-conversation/activities')));
  });

  it('refuses, with 403 and before any turn, a service URL off this machine', async () => {
    for (const serviceUrl of [
      'http://10.0.0.5:8080/',
      'https://smba.trafficmanager.net/emea/',
      'http://169.254.169.254/latest/',
      'http://[fd00::1]/',
      'http://127.0.0.1.example.com/',
    ]) {
      const res = await postJson(`${bot.base}/api/messages`, message(`relay-${serviceUrl.length}`, serviceUrl));
      assert.equal(res.status, 403, serviceUrl);
      assert.match((res.json as { message: string }).message, /loopback serviceUrl/);
    }
    assert.ok(bot.lines.some((l) => l.msg === 'activity rejected' && l.status === 403));
    // And takes every loopback form.
    for (const serviceUrl of ['http://127.0.0.1:9/', 'http://localhost:9/', 'http://[::1]:9/']) {
      const res = await postJson(`${bot.base}/api/messages`, { ...message(`loop-${serviceUrl.length}`, serviceUrl), deliveryMode: 'expectReplies' });
      assert.equal(res.status, 200, serviceUrl);
    }
  });

  it('serves beyond loopback only with the development switch, and warns about it at start-up', () => {
    assert.throws(() => loadConfig({ HOST: '0.0.0.0' }), /MicrosoftAppId is empty/);
    const { logger, lines } = captureLogger('info');
    const app = createApp(loadConfig({ HOST: '0.0.0.0', ANONYMOUS_ON_NETWORK_DEV_ONLY: 'true' }), { logger });
    assert.ok(app.server);
    const warnings = lines.filter((l) => l.level === 40 && l.setting === 'ANONYMOUS_ON_NETWORK_DEV_ONLY');
    assert.equal(warnings.length, 1);
    assert.match(String(warnings[0]!.msg), /without a token/);
    const { logger: quiet, lines: none } = captureLogger('info');
    createApp(loadConfig({}), { logger: quiet });
    assert.equal(none.filter((l) => l.setting === 'ANONYMOUS_ON_NETWORK_DEV_ONLY').length, 0, 'no warning on loopback');
  });
});
