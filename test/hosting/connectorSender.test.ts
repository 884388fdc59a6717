// The direct sender (src/hosting/connector/connectorSender.ts): a kept client's replies, sends, updates
// and deletes go out without the SDK's pipeline, and the connector cannot tell: same paths, same
// body, same token, same headers as the SDK's own client; transient failures are tried again as
// the SDK's client does, lasting ones fail with the HTTP status; everything else is the SDK's.
import { strict as assert } from 'assert';
import * as http from 'http';
import { AddressInfo } from 'net';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, ConnectorClient, ServiceClientCredentials, ServiceClientCredentialsFactory } from 'botframework-connector';
import { Conversations } from 'botframework-connector/lib/connectorApi/operations';
import { Activity as ActivityMapper } from 'botframework-connector/lib/connectorApi/models/mappers';
import { CachedClientsAuthentication } from '../../src/hosting/connector/connectorClients';
import { ConnectorCallError, ConnectorSender, proxyConfigured, wireJson } from '../../src/hosting/connector/connectorSender';

const APP = '33333333-cccc-4ccc-8ccc-000000000003';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A connector that records every request and answers what the test scripted (else 200 with a new id). */
class RecordingConnector {
  readonly seen: Seen[] = [];
  readonly script: { status: number; headers?: Record<string, string>; body?: string }[] = [];
  connections = 0;
  private next = 0;

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<RecordingConnector> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        connector!.seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        const scripted = connector!.script.shift();
        connector!.next += 1;
        const body = scripted?.body ?? JSON.stringify({ id: `id-${connector!.next}` });
        res.writeHead(scripted?.status ?? 200, { 'content-type': 'application/json', ...scripted?.headers });
        res.end(body);
      });
    });
    server.keepAliveTimeout = 30_000;
    server.on('connection', () => {
      connector!.connections += 1;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const connector = new RecordingConnector(server);
    return connector;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/amer/`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The stand-in connectors listen on loopback: here every service URL may be signed for (production's check: channelHosts.test.ts). */
const anyServiceUrl = (): undefined => undefined;

class TokenFactory extends ServiceClientCredentialsFactory {
  issued = 0;
  async isValidAppId(appId: string): Promise<boolean> {
    return appId === APP;
  }
  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }
  async createCredentials(): Promise<ServiceClientCredentials> {
    return {
      signRequest: async (request) => {
        this.issued += 1;
        request.headers.set('authorization', `Bearer token-${this.issued}`);
        return request;
      },
    };
  }
}

const identity = new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: APP }], true);

async function clientFor(url: string, directSends: false | { retryDelayMs: number }): Promise<ConnectorClient> {
  const auth = new CachedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({}, new TokenFactory()), {
    directSends,
    serviceUrls: anyServiceUrl,
  });
  return auth.createConnectorFactory(identity).create(url, AuthenticationConstants.ToChannelFromBotOAuthScope);
}

/** A reply as a turn makes it: the conversation reference applied, a card, and things never sent. */
function reply(): Record<string | symbol, unknown> {
  return {
    type: 'message',
    serviceUrl: 'https://smba.trafficmanager.net/amer/',
    channelId: 'msteams',
    from: { id: '28:bot', name: 'Advisor' },
    recipient: { id: '29:user', name: 'Ana', aadObjectId: '00000000-0000-0000-0000-0000000000aa' },
    conversation: { id: 'a:1x;messageid=17', conversationType: 'personal', tenantId: 'tenant' },
    replyToId: '1700000000000',
    locale: 'pt-BR',
    inputHint: 'expectingInput',
    timestamp: new Date('2026-11-23T08:00:00.000Z'),
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Olá — 你好 😀' }] },
      },
    ],
    channelData: { notification: { alert: false } },
    notAnActivityProperty: 'never sent',
    [Symbol('callback')]: () => undefined,
  };
}

/** What the connector can compare between two calls: the path, the body and the headers that matter. */
function wire(seen: Seen): unknown {
  const h = seen.headers;
  return {
    method: seen.method,
    url: seen.url,
    body: seen.body === '' ? undefined : JSON.parse(seen.body),
    contentType: h['content-type'],
    conversationHeader: h['x-ms-conversation-id'],
    authorization: h.authorization,
    userAgentStart: String(h['user-agent']).split(' ').slice(0, 2).join(' '),
  };
}

describe('Direct connector calls', function () {
  this.timeout(20_000);
  let connector: RecordingConnector;

  beforeEach(async () => {
    connector = await RecordingConnector.start();
  });
  afterEach(() => connector.close());

  it('puts on the wire what the SDK client puts there: reply, send, update and delete', async () => {
    const calls = async (client: ConnectorClient): Promise<unknown[]> => {
      const from = connector.seen.length;
      const replied = await client.conversations.replyToActivity('a:1x;messageid=17', '1700000000000', reply() as never);
      const sent = await client.conversations.sendToConversation('a:1x;messageid=17', reply() as never);
      const updated = await client.conversations.updateActivity('a:1x;messageid=17', 'id/with?odd#chars', reply() as never);
      await client.conversations.deleteActivity('a:1x;messageid=17', '1700000000001');
      return [...connector.seen.slice(from).map(wire), replied.id, sent.id, updated.id];
    };
    const sdk = await calls(await clientFor(connector.url, false));
    const direct = await calls(await clientFor(connector.url, { retryDelayMs: 1 }));
    assert.deepEqual(direct.slice(0, 4), sdk.slice(0, 4), 'the same four requests');
    assert.deepEqual(sdk.slice(4), ['id-1', 'id-2', 'id-3'], 'the SDK client read the ids the connector gave');
    assert.deepEqual(direct.slice(4), ['id-5', 'id-6', 'id-7'], 'and so does the direct sender');
    const [first] = connector.seen.slice(4);
    assert.equal(first!.url, '/amer/v3/conversations/a%3A1x%3Bmessageid%3D17/activities/1700000000000');
    const body = JSON.parse(first!.body) as Record<string, unknown>;
    assert.equal(body.notAnActivityProperty, undefined, 'only Activity properties go on the wire');
    assert.equal(body.timestamp, '2026-11-23T08:00:00.000Z');
    assert.equal(connector.seen[6]!.url, '/amer/v3/conversations/a%3A1x%3Bmessageid%3D17/activities/id%2Fwith%3Fodd%23chars');
  });

  it("sends the properties the SDK's Activity model has, no fewer and no more", () => {
    const modelProperties = Object.keys((ActivityMapper.type as { modelProperties: Record<string, unknown> }).modelProperties);
    const body = JSON.parse(wireJson(Object.fromEntries(modelProperties.map((k) => [k, 1])) as never)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), [...modelProperties].sort());
  });

  it('signs every call afresh through the credentials and keeps its connection alive', async () => {
    const client = await clientFor(connector.url, { retryDelayMs: 1 });
    await client.conversations.sendToConversation('c1', reply() as never);
    await client.conversations.sendToConversation('c1', reply() as never);
    assert.deepEqual(
      connector.seen.map((s) => s.headers.authorization),
      ['Bearer token-1', 'Bearer token-2'],
    );
    assert.equal(connector.connections, 1);
  });

  it('tries a 500, a 503 with Retry-After and a 408 again, and delivers once', async () => {
    const client = await clientFor(connector.url, { retryDelayMs: 1 });
    connector.script.push({ status: 500 }, { status: 503, headers: { 'retry-after': '0' } }, { status: 408 });
    const answer = await client.conversations.replyToActivity('c2', 'a1', reply() as never);
    assert.equal(connector.seen.length, 4, 'three failures, then the call that went through');
    assert.equal(answer.id, 'id-4');
    assert.deepEqual(
      connector.seen.map((s) => s.headers.authorization),
      ['Bearer token-1', 'Bearer token-2', 'Bearer token-3', 'Bearer token-4'],
      'every attempt signed again',
    );
  });

  it('gives up after three retries, and at once on a refusal, with the status and the service code', async () => {
    const client = await clientFor(connector.url, { retryDelayMs: 1 });
    for (let i = 0; i < 4; i += 1) connector.script.push({ status: 502, body: JSON.stringify({ error: { code: 'BadGateway', message: 'm' } }) });
    await assert.rejects(client.conversations.sendToConversation('c3', reply() as never), (e: unknown) => {
      assert.ok(e instanceof ConnectorCallError);
      assert.equal(e.statusCode, 502);
      assert.equal(e.code, 'BadGateway');
      return true;
    });
    assert.equal(connector.seen.length, 4);
    connector.script.push({ status: 403, body: JSON.stringify({ error: { code: 'BotNotInConversationRoster' } }) });
    await assert.rejects(
      client.conversations.updateActivity('c3', 'a1', reply() as never),
      (e: { statusCode?: number; code?: string }) => e.statusCode === 403 && e.code === 'BotNotInConversationRoster',
    );
    assert.equal(connector.seen.length, 5, 'a 403 is not tried again');
    connector.script.push({ status: 429, headers: { 'retry-after': '3600' } });
    await assert.rejects(client.conversations.sendToConversation('c3', reply() as never), (e: { statusCode?: number }) => e.statusCode === 429);
    assert.equal(connector.seen.length, 6, 'a wait longer than a channel waits for the turn is not taken');
  });

  it('sends again at once, on a new connection, when a kept-alive connection was closed under it', async () => {
    // A connector that answers the first request of a connection and drops the connection on the
    // next one, as a service does that closes an idle connection just as the bot reuses it.
    const served = new WeakMap<object, number>();
    let connections = 0;
    const server = http.createServer((req, res) => {
      const count = (served.get(req.socket) ?? 0) + 1;
      served.set(req.socket, count);
      req.resume();
      if (count > 1) {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `on-connection-${connections}` }));
    });
    server.keepAliveTimeout = 30_000;
    server.on('connection', () => {
      connections += 1;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      // A backoff of an hour: had the sender waited for it, the test would run out of its time.
      const sender = new ConnectorSender(url, { signRequest: async (r) => r }, { retryDelayMs: 3_600_000 });
      assert.equal((await sender.send('c6', reply() as never)).id, 'on-connection-1');
      assert.equal((await sender.send('c6', reply() as never)).id, 'on-connection-2', 'sent again on a new connection');
      assert.equal(connections, 2);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('tries an unreachable connector again, then fails with the network code', async () => {
    const url = connector.url;
    await connector.close();
    const sender = new ConnectorSender(url, { signRequest: async (r) => r }, { retryDelayMs: 1 });
    await assert.rejects(
      sender.send('c4', reply() as never),
      (e: unknown) => e instanceof ConnectorCallError && e.code === 'ECONNREFUSED' && e.statusCode === undefined,
    );
    connector = await RecordingConnector.start();
  });

  it('takes any service URL without complaint, and refuses to call one that is not http(s)', async () => {
    for (const url of ['ftp://x', 'http://', 'not a url', null]) {
      const sender = new ConnectorSender(url as never, { signRequest: async (r) => r }, { retryDelayMs: 1 });
      await assert.rejects(sender.send('c5', reply() as never), (e: unknown) => e instanceof ConnectorCallError && e.code === 'EINVALIDURL', String(url));
    }
  });

  it('leaves every other operation to the SDK client, and all of them behind a proxy', async () => {
    const direct = await clientFor(connector.url, { retryDelayMs: 1 });
    assert.notEqual(direct.conversations.replyToActivity, Conversations.prototype.replyToActivity);
    assert.equal(direct.conversations.getConversationMembers, Conversations.prototype.getConversationMembers);
    assert.equal(proxyConfigured({ HTTPS_PROXY: 'http://proxy.contoso.com:8080' }), true);
    assert.equal(proxyConfigured({ NO_PROXY: 'localhost' }), false);
    const saved = process.env.HTTPS_PROXY;
    process.env.HTTPS_PROXY = 'http://127.0.0.1:9';
    try {
      const auth = new CachedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({}, new TokenFactory()), { serviceUrls: anyServiceUrl });
      const client = await auth.createConnectorFactory(identity).create(connector.url);
      assert.equal(client.conversations.replyToActivity, Conversations.prototype.replyToActivity, 'behind a proxy the SDK sends');
    } finally {
      if (saved === undefined) delete process.env.HTTPS_PROXY;
      else process.env.HTTPS_PROXY = saved;
    }
  });
});
