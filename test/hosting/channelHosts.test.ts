// Security finding 8 (issue 60): a registered bot's token goes only to a channel's host. A service
// URL that came with an activity or was kept for a follow-up is checked on every signed call, by
// both senders (the direct one and the SDK's client), before the credentials are asked for a
// token: a loopback port, an https host of no channel, or a look-alike gets nothing at all. A
// local HTTP server stands where such a URL points and must never hear from the bot; it is read
// only after the call came back refused.
import { strict as assert } from 'assert';
import * as http from 'http';
import { AddressInfo } from 'net';
import pino from 'pino';
import { ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, ServiceClientCredentials, ServiceClientCredentialsFactory } from 'botframework-connector';
import { CachedClientsAuthentication } from '../../src/hosting/connector/connectorClients';
import { isRefusedServiceUrl } from '../../src/hosting/connector/channelHosts';
import { channelServiceUrls } from '../../src/protocols/http/channelHosts';
import { AdvisorCloudAdapter } from '../../src/hosting/http/advisorAdapter';
import { ProactiveMessenger } from '../../src/hosting/cases/proactive';
import type { OpenItem } from '../../src/domain/cases';

const APP = '33333333-cccc-4ccc-8ccc-000000000003';
const AUDIENCE = AuthenticationConstants.ToChannelFromBotOAuthScope;
const identity = new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: APP }], true);

/** A registration's credentials: each signs with a bearer token, counting the tokens handed out. */
class SigningCredentials extends ServiceClientCredentialsFactory {
  tokens = 0;
  async isValidAppId(appId: string): Promise<boolean> {
    return appId === APP;
  }
  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }
  async createCredentials(): Promise<ServiceClientCredentials> {
    return {
      signRequest: async (request) => {
        this.tokens += 1;
        request.headers.set('authorization', `Bearer secret-token-${this.tokens}`);
        return request;
      },
    };
  }
}

describe('Security finding 8: the bot token goes only to channel hosts', function () {
  this.timeout(20_000);
  let server: http.Server;
  let heard: string[];
  let loopback: string;

  before(async () => {
    heard = [];
    server = http.createServer((req, res) => {
      heard.push(`${req.method} ${req.url} ${req.headers.authorization ?? '(no token)'}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"heard"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    loopback = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('finding 8: a registered bot replies to no loopback or non-channel service URL, by either sender, and attaches no token', async () => {
    const port = (server.address() as AddressInfo).port;
    const refused = [
      loopback,
      `http://localhost:${port}/amer/`,
      `https://127.0.0.1:${port}/`,
      'https://attacker.example/',
      'https://smba.trafficmanager.net.attacker.example/amer/',
      'https://evilbotframework.com/',
      'http://smba.trafficmanager.net/amer/',
      'https://smba.trafficmanager.net:8443/amer/',
    ];
    for (const directSends of [{ retryDelayMs: 1 }, false] as const) {
      const credentials = new SigningCredentials();
      const refusals: string[] = [];
      const auth = new CachedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({}, credentials), {
        directSends,
        onRefusedServiceUrl: ({ host }) => refusals.push(host),
      });
      for (const serviceUrl of refused) {
        const client = await auth.createConnectorFactory(identity).create(serviceUrl, AUDIENCE);
        const reply = client.conversations.replyToActivity('conversation', 'activity', { type: 'message', text: 'hello' } as never);
        await assert.rejects(reply, (e: unknown) => isRefusedServiceUrl(e), `${serviceUrl} (${directSends ? 'direct' : 'SDK client'})`);
      }
      assert.equal(credentials.tokens, 0, 'no token was asked for');
      assert.equal(refusals.length, refused.length, 'each refusal told (for its warning line)');
    }
    assert.deepEqual(heard, [], 'the loopback server heard nothing');
    // The channels' own hosts pass the same check (the calls themselves would leave this machine).
    const check = channelServiceUrls();
    for (const url of [
      'https://smba.trafficmanager.net/emea/',
      'https://smba.trafficmanager.net/teams/',
      'https://directline.botframework.com/',
      'https://europe.directline.botframework.com/',
      'https://webchat.botframework.com/',
    ]) {
      assert.equal(check(`${url}v3/conversations/c/activities`), undefined, url);
    }
  });

  it('finding 8: a follow-up to a kept reference naming a loopback service URL sends nothing, attaches no token and is undeliverable', async () => {
    const credentials = new SigningCredentials();
    const warnings: string[] = [];
    const auth = new CachedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({}, credentials), {
      onRefusedServiceUrl: ({ host, reason }) => warnings.push(`${host}: ${reason}`),
    });
    const adapter = new AdvisorCloudAdapter(auth, pino({ level: 'silent' }));
    const conversationState = new ConversationState(new MemoryStorage());
    const messenger = new ProactiveMessenger({
      continueConversation: (reference, logic) => adapter.continueConversationAsync(APP, reference, logic),
      conversationState,
    });
    const now = Date.UTC(2026, 10, 25, 9, 0, 0);
    // As a local-mode instance sharing the store would have kept it from an unauthenticated sender.
    const item = {
      id: 'requestGdap:5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
      kind: 'requestGdap',
      objectId: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
      customer: { tenantId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'Contoso' },
      owner: { id: '29:owner', name: 'Alex' },
      locale: 'en-US',
      cardId: 'card-1',
      conversation: {
        serviceUrl: loopback,
        channelId: 'msteams',
        conversation: { id: 'a:conversation', conversationType: 'personal' },
        bot: { id: '28:bot', name: 'Advisor' },
        user: { id: '29:owner', name: 'Alex' },
      },
      shared: false,
      createdAt: now,
      deadline: now + 90 * 24 * 3600_000,
      status: 'approvalPending',
      changedAt: now,
      sent: [],
      nextPollAt: now,
    } as unknown as OpenItem;
    const delivery = await messenger.send(item, 'approved');
    assert.equal(delivery, 'unreachable', 'a service URL that is never allowed: not tried again');
    assert.equal(credentials.tokens, 0, 'no token was asked for');
    assert.deepEqual(warnings, [`127.0.0.1:${(server.address() as AddressInfo).port}: the service URL is not https`]);
    assert.deepEqual(heard, [], 'the loopback server heard nothing');
  });
});
