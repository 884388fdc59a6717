// Connector clients kept between turns (src/hosting/connector/connectorClients.ts): a kept client still
// signs each call with a token from the credentials provider and sends it to its own service URL;
// another service URL, audience or app id gets its own client; the cache stays bounded; and the
// user-token client is only built when something calls it.
import { strict as assert } from 'assert';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  ConnectorClient,
  ServiceClientCredentials,
  ServiceClientCredentialsFactory,
  UserTokenClient,
} from 'botframework-connector';
import { ConnectorClientCache, CachedClientsAuthentication } from '../../src/hosting/connector/connectorClients';
import { StandInConnector } from '../../bench/standInConnector';

const APP_A = '11111111-aaaa-4aaa-8aaa-000000000001';
const APP_B = '22222222-bbbb-4bbb-8bbb-000000000002';
/** The stand-in connectors listen on loopback: here every service URL may be signed for (production's check: channelHosts.test.ts). */
const anyServiceUrl = (): undefined => undefined;

/**
 * Stands in for the credentials provider: each credentials object signs every request with a new
 * token naming its app id and audience and counting up, so a test sees who signed which call.
 */
class CountingCredentialsFactory extends ServiceClientCredentialsFactory {
  created: string[] = [];
  userTokenClients = 0;

  async isValidAppId(appId: string): Promise<boolean> {
    return appId === APP_A || appId === APP_B;
  }

  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }

  async createCredentials(appId: string, audience: string | undefined): Promise<ServiceClientCredentials> {
    this.created.push(`${appId} ${audience ?? ''}`);
    let issued = 0;
    return {
      signRequest: async (request) => {
        issued += 1;
        request.headers.set('authorization', `Bearer ${appId}|${audience ?? ''}|${issued}`);
        return request;
      },
    };
  }
}

function identityFor(appId: string): ClaimsIdentity {
  return new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);
}

async function send(client: ConnectorClient, conversationId: string): Promise<void> {
  await client.conversations.sendToConversation(conversationId, { type: 'message', text: 'x' } as never);
}

describe('Connector clients kept between turns', function () {
  this.timeout(20_000);
  let one: StandInConnector;
  let two: StandInConnector;
  let credentials: CountingCredentialsFactory;
  let auth: CachedClientsAuthentication;

  beforeEach(async () => {
    one = await StandInConnector.start({ log: true });
    two = await StandInConnector.start({ log: true });
    credentials = new CountingCredentialsFactory();
    auth = new CachedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({}, credentials), { serviceUrls: anyServiceUrl });
  });
  afterEach(async () => {
    await one.close();
    await two.close();
  });

  it('keeps one client per app id, service URL and audience; it signs each call with a fresh token from the credentials, to its own service URL', async () => {
    const audience = AuthenticationConstants.ToChannelFromBotOAuthScope;
    const first = await auth.createConnectorFactory(identityFor(APP_A)).create(one.url, audience);
    // A later turn gets a factory of its own, as CloudAdapter asks for one per turn.
    const again = await auth.createConnectorFactory(identityFor(APP_A)).create(one.url, audience);
    assert.equal(again, first, 'the same client for the same app id, service URL and audience');
    assert.equal(credentials.created.length, 1, 'credentials made once');
    await send(first, 'c1');
    await send(again, 'c1');
    assert.deepEqual(
      one.delivered.map((d) => d.authorization),
      [`Bearer ${APP_A}|${audience}|1`, `Bearer ${APP_A}|${audience}|2`],
      'every call carries a token the credentials just gave',
    );
    assert.equal(two.delivered.length, 0, 'nothing went to another service URL');
    assert.equal(one.connections, 1, 'the kept client reuses its kept-alive connection');
  });

  it('gives a new service URL, a new audience or a new app id a client of its own, with its own token', async () => {
    const audience = AuthenticationConstants.ToChannelFromBotOAuthScope;
    const a1 = await auth.createConnectorFactory(identityFor(APP_A)).create(one.url, audience);
    const a2 = await auth.createConnectorFactory(identityFor(APP_A)).create(two.url, audience);
    const b1 = await auth.createConnectorFactory(identityFor(APP_B)).create(one.url, audience);
    const a1Other = await auth.createConnectorFactory(identityFor(APP_A)).create(one.url, 'https://api.botframework.us');
    assert.equal(new Set([a1, a2, b1, a1Other]).size, 4, 'four different clients');
    await send(a2, 'c2');
    await send(b1, 'c3');
    await send(a1Other, 'c4');
    assert.deepEqual(
      two.delivered.map((d) => [d.conversationId, d.authorization]),
      [['c2', `Bearer ${APP_A}|${audience}|1`]],
    );
    assert.deepEqual(
      one.delivered.map((d) => [d.conversationId, d.authorization]),
      [
        ['c3', `Bearer ${APP_B}|${audience}|1`],
        ['c4', `Bearer ${APP_A}|https://api.botframework.us|1`],
      ],
    );
  });

  it('keeps the clients of a request authenticated by the SDK (authentication disabled: no token at all)', async () => {
    const open = new CachedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({}));
    const activity = { type: 'message', channelId: 'webchat', serviceUrl: one.url } as never;
    const first = await open.authenticateRequest(activity, '');
    const second = await open.authenticateRequest(activity, '');
    const c1 = await first.connectorFactory!.create(one.url, first.audience);
    const c2 = await second.connectorFactory!.create(one.url, second.audience);
    assert.equal(c2, c1);
    await send(c2, 'c5');
    assert.equal(one.delivered[0]!.authorization, undefined);
  });

  it('still refuses an unsigned request when an app id is configured', async () => {
    const signed = new CachedClientsAuthentication(
      new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: APP_A, MicrosoftAppPassword: 'not-a-secret' }),
    );
    const activity = { type: 'message', channelId: 'msteams', serviceUrl: one.url } as never;
    await assert.rejects(signed.authenticateRequest(activity, ''), (e: { statusCode?: number }) => e.statusCode === 401);
    await assert.rejects(signed.authenticateRequest(activity, 'Bearer not.a.token'), (e: { statusCode?: number }) => e.statusCode === 401);
  });

  it('forgets a client whose credentials could not be made, so the next turn tries again', async () => {
    let failures = 1;
    const flaky = new (class extends CountingCredentialsFactory {
      override async createCredentials(appId: string, audience: string | undefined): Promise<ServiceClientCredentials> {
        if (failures > 0) {
          failures -= 1;
          throw new Error('token endpoint unavailable');
        }
        return super.createCredentials(appId, audience);
      }
    })();
    const lean = new CachedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({}, flaky), { serviceUrls: anyServiceUrl });
    await assert.rejects(lean.createConnectorFactory(identityFor(APP_A)).create(one.url), /unavailable/);
    const client = await lean.createConnectorFactory(identityFor(APP_A)).create(one.url);
    assert.ok(client instanceof ConnectorClient);
  });

  it('stays bounded: the least recently used client is dropped first', async () => {
    const kept = new ConnectorClientCache<Promise<ConnectorClient>>(3);
    const bounded = new CachedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({}, credentials), {
      clients: kept,
      serviceUrls: anyServiceUrl,
    });
    const factory = bounded.createConnectorFactory(identityFor(APP_A));
    const url = (i: number): string => `${one.url}region-${i}/`;
    const firstClient = await factory.create(url(0));
    for (let i = 1; i < 3; i += 1) await factory.create(url(i));
    assert.equal(await factory.create(url(0)), firstClient, 'region 0 used again: now the most recent');
    for (let i = 3; i < 10; i += 1) await factory.create(url(i));
    assert.equal(kept.size, 3);
    const made = credentials.created.length;
    await factory.create(url(9));
    assert.equal(credentials.created.length, made, 'a recent one is still kept');
    assert.notEqual(await factory.create(url(0)), firstClient, 'an old one was dropped and is made anew');
    assert.equal(credentials.created.length, made + 1);
    assert.throws(() => new ConnectorClientCache(0));
  });

  it('builds no user-token client until a turn calls it, then builds it once', async () => {
    const inner = new ConfigurationBotFrameworkAuthentication({}, credentials);
    let built = 0;
    const calls: string[] = [];
    // The real client would call the token service; this one records what reached it.
    inner.createUserTokenClient = async () => {
      built += 1;
      return {
        getTokenStatus: async (userId: string) => {
          calls.push(`status ${userId}`);
          return [];
        },
        signOutUser: async (userId: string, connectionName: string) => {
          calls.push(`sign out ${userId} ${connectionName}`);
        },
      } as unknown as UserTokenClient;
    };
    const lean = new CachedClientsAuthentication(inner);
    const client = await lean.createUserTokenClient(identityFor(APP_A));
    assert.equal(built, 0, 'nothing built for a turn that never signs anyone in');
    assert.deepEqual(await client.getTokenStatus('user-1', 'msteams', ''), []);
    await client.signOutUser('user-1', 'conn', 'msteams');
    assert.equal(built, 1);
    assert.deepEqual(calls, ['status user-1', 'sign out user-1 conn']);
  });
});
