// The token service stand-in (tools/standins/tokenService.ts) driven by botbuilder's own client,
// made as the bot makes it: ConfigurationBotFrameworkAuthentication with OAuthUrl, then
// createUserTokenClient. Without MicrosoftAppId the SDK takes authentication as disabled and sends
// no credentials; the identity must still carry an app id claim (`aud`, or `appid`) because
// getSignInResource writes it into the state as msAppId (an anonymous identity fails there).
// Flows from Microsoft's pages (learn.microsoft.com):
// - "User authentication" (the token service, sign-in card, magic code): azure/bot-service/bot-builder-concept-authentication
// - "Add code to enable SSO in your bot app" (signin/tokenExchange, 412 on a failed exchange):
//   microsoftteams/platform/bots/how-to/authentication/bot-sso-code
import { strict as assert } from 'assert';
import { Activity, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { ClaimsIdentity, UserTokenClient } from 'botframework-connector';
import { STANDIN_BOT_AUDIENCE, STANDIN_PARTNER_TENANT_ID, TokenServiceStandin, decodeJwt } from '../../tools/standins/tokenService';

const CONNECTION = 'PartnerCenter';
const APP_ID = '00000000-0000-0000-0000-00000000b07a';
const USER = '29:1standin-user';
const TEAMS = 'msteams';
/** The SDK types the magic code as a string; its OAuth prompt passes undefined when there is none. */
const NO_CODE = undefined as unknown as string;

function teamsMessage(from = USER): Partial<Activity> {
  return {
    type: 'message',
    id: 'activity-1',
    channelId: TEAMS,
    serviceUrl: 'https://smba.trafficmanager.net/amer/',
    from: { id: from, name: 'Megan Bowen', aadObjectId: 'aad-object-id' },
    recipient: { id: `28:${APP_ID}`, name: 'Advisor' },
    conversation: { id: 'a:conversation-1', conversationType: 'personal', tenantId: STANDIN_PARTNER_TENANT_ID, isGroup: false, name: '' },
    text: 'transfer',
  };
}

describe('Bot Framework token service stand-in (with botbuilder 4.23’s UserTokenClient)', () => {
  let service: TokenServiceStandin;
  let client: UserTokenClient;
  let baseUrl: string;

  beforeEach(async () => {
    service = new TokenServiceStandin();
    baseUrl = await service.start();
    const auth = new ConfigurationBotFrameworkAuthentication({ OAuthUrl: baseUrl });
    client = await auth.createUserTokenClient(new ClaimsIdentity([{ type: 'aud', value: APP_ID }], true));
  });
  afterEach(() => service.stop());

  async function signInThroughThePage(activity = teamsMessage()): Promise<string> {
    const resource = await client.getSignInResource(CONNECTION, activity as Activity, '');
    const page = await fetch(resource.signInLink!);
    assert.equal(page.status, 200);
    const html = await page.text();
    const code = /id="code">(\d{6})</.exec(html)?.[1];
    assert.ok(code, html);
    return code;
  }

  it('GetToken without a sign-in: a 404 with no body, which the client resolves to undefined', async () => {
    assert.equal(await client.getUserToken(USER, CONNECTION, TEAMS, NO_CODE), NO_CODE);
    const [sent] = service.received;
    assert.equal(sent!.endpoint, 'GET /api/usertoken/GetToken');
    assert.deepEqual(sent!.query, { userId: USER, connectionName: CONNECTION, channelId: TEAMS });
    assert.equal(sent!.headers.authorization, undefined, 'no credentials without an app id');
    assert.equal(service.calls('GET /api/usertoken/GetToken'), 1);
  });

  it('GetSignInResource: reads the TokenExchangeState and links to the stand-in’s sign-in page, with the SSO resource', async () => {
    const resource = await client.getSignInResource(CONNECTION, teamsMessage() as Activity, '');
    assert.ok(resource.signInLink!.startsWith(`${baseUrl}/signin?state=`), resource.signInLink);
    assert.equal(resource.tokenExchangeResource!.uri, STANDIN_BOT_AUDIENCE);
    assert.ok(resource.tokenExchangeResource!.id);
    assert.ok(resource.tokenExchangeResource!.providerId);
    assert.ok((resource as unknown as { tokenPostResource: { sasUrl: string } }).tokenPostResource.sasUrl.startsWith(baseUrl));
    const sent = service.received[0]!;
    assert.equal(sent.endpoint, 'GET /api/botsignin/GetSignInResource');
    const state = JSON.parse(Buffer.from(sent.query.state!, 'base64').toString('utf8'));
    assert.equal(state.connectionName, CONNECTION);
    assert.equal(state.msAppId, APP_ID);
    assert.equal(state.conversation.user.id, USER);
    assert.equal(state.conversation.channelId, TEAMS);
  });

  it('an anonymous identity gets tokens but no sign-in resource (the SDK needs an app id for msAppId)', async () => {
    const auth = new ConfigurationBotFrameworkAuthentication({ OAuthUrl: baseUrl });
    const anonymous = await auth.createUserTokenClient(new ClaimsIdentity([], 'anonymous'));
    assert.equal(await anonymous.getUserToken(USER, CONNECTION, TEAMS, NO_CODE), NO_CODE);
    await assert.rejects(anonymous.getSignInResource(CONNECTION, teamsMessage() as Activity, ''));
    assert.equal(service.calls('GET /api/botsignin/GetSignInResource'), 0);
  });

  it('the sign-in page shows a code; GetToken with it returns the token and remembers the sign-in', async () => {
    service.setName(USER, 'Megan <Bowen>');
    const resource = await client.getSignInResource(CONNECTION, teamsMessage() as Activity, '');
    const html = await (await fetch(resource.signInLink!)).text();
    assert.match(html, /Signed in to the local stand-in as <strong id="name">Megan &#60;Bowen&#62;<\/strong>/);
    assert.match(html, /Type this code in the chat: <strong id="code">\d{6}<\/strong>/);
    assert.ok(!/<(script|link|img)\b/i.test(html), 'no external resources');
    const code = /id="code">(\d{6})</.exec(html)![1]!;
    assert.equal(await client.getUserToken(USER, CONNECTION, TEAMS, NO_CODE), undefined, 'not signed in before the code is typed');

    const response = await client.getUserToken(USER, CONNECTION, TEAMS, code);
    assert.ok(response?.token);
    assert.equal(response.connectionName, CONNECTION);
    assert.equal(response.channelId, TEAMS);
    assert.ok(Date.parse(response.expiration!) > Date.now());
    assert.equal(service.received.at(-1)!.query.code, code);
    assert.equal((await client.getUserToken(USER, CONNECTION, TEAMS, NO_CODE))?.token, response.token, 'later, without a code');
    assert.deepEqual(service.issued, [response.token]);
  });

  it('a code is one user’s and works once; a wrong code is no token', async () => {
    const code = await signInThroughThePage();
    assert.equal(await client.getUserToken('29:someone-else', CONNECTION, TEAMS, code), NO_CODE);
    assert.equal(await client.getUserToken(USER, 'Graph', TEAMS, code), undefined, 'another connection');
    assert.equal(await client.getUserToken(USER, CONNECTION, 'webchat', code), undefined, 'another channel');
    assert.equal(await client.getUserToken(USER, CONNECTION, TEAMS, code === '000000' ? '000001' : '000000'), NO_CODE);
    assert.ok((await client.getUserToken(USER, CONNECTION, TEAMS, code))?.token);
    await client.signOutUser(USER, CONNECTION, TEAMS);
    assert.equal(await client.getUserToken(USER, CONNECTION, TEAMS, code), undefined, 'used up');
  });

  it('issues unsigned JWTs for the bot’s API with a stable oid, the partner tenant, the name and amr', async () => {
    service.setName(USER, 'Megan Bowen');
    const first = decodeJwt(service.signInDirectly(USER, CONNECTION, TEAMS).token)!;
    assert.equal(first.aud, STANDIN_BOT_AUDIENCE);
    assert.equal(first.tid, STANDIN_PARTNER_TENANT_ID);
    assert.equal(first.name, 'Megan Bowen');
    assert.deepEqual(first.amr, ['pwd', 'mfa']);
    assert.ok((first.exp as number) > Date.now() / 1000);
    assert.match(String(first.oid), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);

    service.mfa = false;
    const again = decodeJwt(service.signInDirectly(USER, CONNECTION, 'webchat').token)!;
    assert.equal(again.oid, first.oid, 'the same user, the same oid');
    assert.deepEqual(again.amr, ['pwd']);
    assert.notEqual(decodeJwt(service.signInDirectly('29:another', CONNECTION, TEAMS).token)!.oid, first.oid);
    assert.equal(service.issued.length, 3);
  });

  it('POST /signin?auto=1 signs the state’s user in without a browser', async () => {
    await client.getSignInResource(CONNECTION, teamsMessage() as Activity, '');
    const state = service.received[0]!.query.state!;
    const posted = await fetch(`${baseUrl}/signin?state=${encodeURIComponent(state)}&auto=1`, { method: 'POST' });
    assert.equal(posted.status, 200);
    assert.ok(service.isSignedIn(USER, CONNECTION, TEAMS));
    assert.ok((await client.getUserToken(USER, CONNECTION, TEAMS, NO_CODE))?.token);
    assert.equal((await fetch(`${baseUrl}/signin?state=not-a-state&auto=1`, { method: 'POST' })).status, 400);
  });

  it('exchange (Teams SSO): the token Teams hands over becomes a sign-in', async () => {
    const sso = service.teamsSsoToken(USER, { name: 'Megan Bowen' });
    assert.equal(decodeJwt(sso)!.aud, STANDIN_BOT_AUDIENCE);
    const response = await client.exchangeToken(USER, CONNECTION, TEAMS, { token: sso });
    assert.ok(response?.token);
    assert.notEqual(response.token, sso);
    assert.equal(decodeJwt(response.token)!.oid, service.oidOf(USER));
    assert.equal(decodeJwt(response.token)!.name, 'Megan Bowen');
    const sent = service.received[0]!;
    assert.equal(sent.endpoint, 'POST /api/usertoken/exchange');
    assert.deepEqual(sent.query, { userId: USER, connectionName: CONNECTION, channelId: TEAMS });
    assert.deepEqual(sent.body, { token: sso });
    assert.equal((await client.getUserToken(USER, CONNECTION, TEAMS, NO_CODE))?.token, response.token);
  });

  it('failNextExchange: answered as when consent is needed (400); the client resolves to no token, as the SDK’s SSO middleware tests', async () => {
    service.failNextExchange();
    const failed = await client.exchangeToken(USER, CONNECTION, TEAMS, { token: service.teamsSsoToken(USER) });
    assert.equal(failed?.token, undefined, 'no token: the bot answers Teams 412 and falls back to the sign-in card');
    assert.equal((failed as unknown as { error: { code: string; message: string } }).error.code, 'ConsentRequired');
    assert.match((failed as unknown as { error: { message: string } }).error.message, /Consent Required/);
    assert.ok(!service.isSignedIn(USER, CONNECTION, TEAMS));
    assert.ok((await client.exchangeToken(USER, CONNECTION, TEAMS, { token: service.teamsSsoToken(USER) }))?.token, 'only the next one fails');
  });

  it('exchange refuses a token for another audience, an expired one, another user’s, and a uri', async () => {
    for (const token of [
      service.teamsSsoToken(USER, { audience: 'api://botid-someone-else' }),
      service.teamsSsoToken(USER, { expired: true }),
      service.teamsSsoToken('29:someone-else'),
      'not a jwt',
    ]) {
      assert.equal((await client.exchangeToken(USER, CONNECTION, TEAMS, { token }))?.token, NO_CODE);
    }
    assert.equal((await client.exchangeToken(USER, CONNECTION, TEAMS, { uri: 'https://example.com/resource' }))?.token, NO_CODE);
    assert.ok(!service.isSignedIn(USER, CONNECTION, TEAMS));
    assert.equal(service.calls('POST /api/usertoken/exchange'), 5);
  });

  it('SignOut: the token is gone for that connection and channel only', async () => {
    service.signInDirectly(USER, CONNECTION, TEAMS);
    service.signInDirectly(USER, CONNECTION, 'webchat');
    service.signInDirectly(USER, 'Graph', TEAMS);
    await client.signOutUser(USER, CONNECTION, TEAMS);
    assert.equal(await client.getUserToken(USER, CONNECTION, TEAMS, NO_CODE), NO_CODE);
    assert.ok((await client.getUserToken(USER, CONNECTION, 'webchat', NO_CODE))?.token);
    assert.ok((await client.getUserToken(USER, 'Graph', TEAMS, NO_CODE))?.token);
    const sent = service.received.find((r) => r.endpoint === 'DELETE /api/usertoken/SignOut')!;
    assert.deepEqual(sent.query, { userId: USER, connectionName: CONNECTION, channelId: TEAMS });
  });

  it('GetTokenStatus: one entry per connection the service knows, hasToken per user', async () => {
    service.signInDirectly(USER, CONNECTION, TEAMS);
    await client.getUserToken(USER, 'Graph', TEAMS, NO_CODE);
    const statuses = await client.getTokenStatus(USER, TEAMS, '');
    assert.deepEqual(
      statuses.map((s) => [s.connectionName, s.hasToken]),
      [
        [CONNECTION, true],
        ['Graph', false],
      ],
    );
    assert.deepEqual(
      (await client.getTokenStatus(USER, TEAMS, 'Graph')).map((s) => s.connectionName),
      ['Graph'],
    );
  });

  it('answers an unknown path with 404 and counts nothing it was not asked', async () => {
    assert.equal((await fetch(`${baseUrl}/api/usertoken/Nothing`)).status, 404);
    assert.equal((await fetch(`${baseUrl}/signin?state=garbage`)).status, 400);
    assert.equal(service.calls('GET /api/usertoken/GetToken'), 0);
    assert.equal(service.calls('GET /signin'), 1);
  });
});
