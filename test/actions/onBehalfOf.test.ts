// The on-behalf-of exchange (tools/standins/onBehalfOf.ts) against the Partner Center stand-in's
// token endpoint, with user tokens from the token service stand-in. The request is the one of
// Microsoft's page "Microsoft identity platform and OAuth 2.0 On-Behalf-Of flow"
// (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow): a form with
// grant_type urn:ietf:params:oauth:grant-type:jwt-bearer, client_id, assertion, scope and
// requested_token_use on_behalf_of; a refusal is a 400 with `error` (invalid_grant for an expired
// or unusable assertion). Partner Center's MFA refusal: "Partner Center REST error codes"
// (partner-center/developer/error-codes), 900419.
import { strict as assert } from 'assert';
import { randomUUID } from 'crypto';
import type { Service, TokenSource } from '../../src/hosting/microsoftApis/call';
import { PartnerCenterClient } from '../../src/hosting/microsoftApis/partnerCenterClient';
import { SAMPLE_CURRENT_PARTNER, SAMPLE_CUSTOMERS, startStandins } from '../../tools/standins/demo';
import { OnBehalfOfRefused, SERVICE_SCOPES, StandinOnBehalfOf } from '../../tools/standins/onBehalfOf';
import { PartnerCenterStandin } from '../../tools/standins/partnerCenterStandin';
import { TokenServiceStandin, decodeJwt, unsignedJwt } from '../../tools/standins/tokenService';

const USER = '29:1standin-user';

describe('On-behalf-of exchange (against the stand-ins)', () => {
  let partnerCenter: PartnerCenterStandin;
  let tokenService: TokenServiceStandin;
  let urls: { partnerCenter: string; graph: string; token: string };
  let sent: URLSearchParams[];
  let obo: StandinOnBehalfOf;

  beforeEach(async () => {
    partnerCenter = new PartnerCenterStandin();
    urls = await partnerCenter.start();
    tokenService = new TokenServiceStandin({ tenantId: partnerCenter.partnerTenantId });
    await tokenService.start();
    sent = [];
    obo = new StandinOnBehalfOf(urls.token, {
      fetch: (input, init) => {
        sent.push(new URLSearchParams(String(init?.body)));
        return fetch(input, init);
      },
    });
  });
  afterEach(async () => {
    await tokenService.stop();
    await partnerCenter.stop();
  });

  /** The TokenSource the bot builds for one turn: the signed-in user's token, exchanged per service. */
  const tokensFor = (userToken: string): TokenSource => ({ getToken: (service: Service) => obo.tokenFor(userToken, service) });

  it('sends the documented on-behalf-of form and gets a token for the same user (oid, tid, amr, name)', async () => {
    tokenService.setName(USER, 'Megan Bowen');
    const userToken = tokenService.signInDirectly(USER, 'PartnerCenter', 'msteams').token;
    const serviceToken = await obo.tokenFor(userToken, 'partnerCenter');
    assert.deepEqual(Object.fromEntries(sent[0]!), {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client_id: 'standin',
      assertion: userToken,
      scope: 'https://api.partnercenter.microsoft.com/.default',
      requested_token_use: 'on_behalf_of',
    });
    const user = decodeJwt(userToken)!;
    const claims = decodeJwt(serviceToken)!;
    assert.notEqual(serviceToken, userToken);
    assert.equal(claims.aud, 'https://api.partnercenter.microsoft.com');
    assert.equal(claims.oid, user.oid);
    assert.equal(claims.oid, tokenService.oidOf(USER));
    assert.equal(claims.tid, partnerCenter.partnerTenantId);
    assert.deepEqual(claims.amr, ['pwd', 'mfa']);
    assert.equal(claims.name, 'Megan Bowen');
    assert.deepEqual(obo.issued, [serviceToken]);
    assert.deepEqual(partnerCenter.issued, [serviceToken]);
    assert.equal(partnerCenter.calls('POST /token'), 1);
  });

  it('one sign-in serves both services: Graph gets its own token for the same user', async () => {
    const userToken = tokenService.signInDirectly(USER, 'PartnerCenter', 'msteams').token;
    const graphToken = await obo.tokenFor(userToken, 'graph');
    assert.equal(sent[0]!.get('scope'), SERVICE_SCOPES.graph);
    assert.equal(decodeJwt(graphToken)!.aud, 'https://graph.microsoft.com');
    assert.equal(decodeJwt(graphToken)!.oid, tokenService.oidOf(USER));
  });

  it('Partner Center calls carry the exchanged token, per call', async () => {
    const userToken = tokenService.signInDirectly(USER, 'PartnerCenter', 'msteams').token;
    const client = new PartnerCenterClient({ baseUrl: urls.partnerCenter, tokens: tokensFor(userToken), timeoutMs: 1000 });
    partnerCenter.requireMfa = true;
    assert.ok((await client.getRelationshipRequestUrl({ correlationId: randomUUID() })).ok);
    const authorization = String(partnerCenter.received[0]!.headers.authorization);
    assert.equal(authorization, `Bearer ${obo.issued[0]}`);
    assert.ok(!authorization.includes(userToken), 'the user token itself never reaches Partner Center');
  });

  it('a user signed in without MFA gets service tokens without MFA, which Partner Center refuses (900419)', async () => {
    tokenService.mfa = false;
    const userToken = tokenService.signInDirectly(USER, 'PartnerCenter', 'msteams').token;
    const serviceToken = await obo.tokenFor(userToken, 'partnerCenter');
    assert.deepEqual(decodeJwt(serviceToken)!.amr, ['pwd']);
    partnerCenter.requireMfa = true;
    partnerCenter.tokenMfa = true; // the plain grant's switch does not apply to on-behalf-of tokens

    const raw = await fetch(`${urls.partnerCenter}/v1/customers/relationshiprequests`, { headers: { Authorization: `Bearer ${serviceToken}` } });
    assert.equal(raw.status, 401);
    assert.equal(((await raw.json()) as { code: number }).code, 900419);

    const client = new PartnerCenterClient({ baseUrl: urls.partnerCenter, tokens: tokensFor(userToken), timeoutMs: 1000 });
    assert.deepEqual(await client.getRelationshipRequestUrl({ correlationId: randomUUID() }), { ok: false, failure: { kind: 'mfaRequired' } });

    tokenService.mfa = true;
    const again = tokenService.signInDirectly(USER, 'PartnerCenter', 'msteams').token;
    const signedInWithMfa = new PartnerCenterClient({ baseUrl: urls.partnerCenter, tokens: tokensFor(again), timeoutMs: 1000 });
    assert.ok((await signedInWithMfa.getRelationshipRequestUrl({ correlationId: randomUUID() })).ok, 'a sign-in with MFA is accepted');
  });

  it('refuses a missing, unreadable or expired assertion with 400 invalid_grant', async () => {
    const expired = unsignedJwt({ aud: 'api://botid-standin', oid: randomUUID(), amr: ['pwd', 'mfa'], exp: Math.floor(Date.now() / 1000) - 60 });
    for (const assertion of ['', 'not a jwt', expired]) {
      await assert.rejects(obo.tokenFor(assertion, 'partnerCenter'), (error: unknown) => {
        assert.ok(error instanceof OnBehalfOfRefused);
        assert.equal(error.status, 400);
        assert.equal(error.error, 'invalid_grant');
        assert.ok(!assertion || !error.message.includes(assertion), 'the refusal does not repeat the token');
        return true;
      });
    }
    assert.deepEqual(partnerCenter.issued, []);
    assert.deepEqual(obo.issued, []);
  });

  it('refuses a jwt-bearer grant that is not on_behalf_of', async () => {
    const userToken = tokenService.signInDirectly(USER, 'PartnerCenter', 'msteams').token;
    const response = await fetch(urls.token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: userToken, scope: SERVICE_SCOPES.graph }).toString(),
    });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { error: string }).error, 'invalid_request');
  });

  it('a refused exchange is the client’s "unauthorized": the user signs in again', async () => {
    const client = new PartnerCenterClient({ baseUrl: urls.partnerCenter, tokens: tokensFor('not a jwt'), timeoutMs: 1000 });
    assert.deepEqual(await client.getRelationshipRequestUrl({ correlationId: randomUUID() }), { ok: false, failure: { kind: 'unauthorized' } });
    assert.equal(partnerCenter.received.length, 0, 'no call without a token');
  });
});

describe('The local demonstration’s stand-ins (startStandins)', () => {
  it('start together: sample customers, a sign-in, an exchanged token Partner Center accepts, then stop', async () => {
    const standins = await startStandins();
    try {
      assert.match(standins.partnerCenterUrl, /^http:\/\/127\.0\.0\.1:\d+\/pc$/);
      assert.match(standins.graphUrl, /^http:\/\/127\.0\.0\.1:\d+\/graph\/v1\.0$/);
      assert.match(standins.tokenServiceUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.deepEqual(
        standins.partnerCenter.customers.map((c) => [c.companyName, c.domain]),
        [
          ['Contoso Ltd', 'contoso.onmicrosoft.com'],
          ['Fabrikam Inc', 'fabrikam.onmicrosoft.com'],
          ['Northwind Traders', 'northwind.onmicrosoft.com'],
          ['Wide World Importers', 'wideworldimporters.onmicrosoft.com'],
        ],
      );
      assert.ok(standins.partnerCenter.requireMfa);
      const userToken = standins.tokenService.signInDirectly(USER, 'PartnerCenter', 'msteams').token;
      assert.equal(decodeJwt(userToken)!.tid, standins.partnerCenter.partnerTenantId, 'the partner’s users are in the partner’s tenant');
      const tokens: TokenSource = { getToken: (service) => standins.onBehalfOf.tokenFor(userToken, service) };
      const client = new PartnerCenterClient({ baseUrl: standins.partnerCenterUrl, tokens, timeoutMs: 1000 });
      const found = await client.findCustomers({ by: 'domain', value: 'northwind' }, { correlationId: randomUUID() });
      assert.ok(found.ok);
      assert.deepEqual(
        found.value.map((c) => c.companyName),
        ['Northwind Traders'],
      );
    } finally {
      await standins.stop();
    }
    await assert.rejects(fetch(`${standins.tokenServiceUrl}/api/usertoken/GetToken`), 'stopped');
  });

  // The transfer form asks for the current partner's tenant ID and name: a newcomer finds sample ones
  // on the sign-in page they just used, and the stand-in takes them (Partner Center's TransferEntity,
  // POST /v1/customers/{customer-id}/transfers, "Create a transfer for new commerce").
  it('offer a sample current partner on the sign-in page, and a transfer from it is created', async () => {
    const standins = await startStandins();
    try {
      const state = Buffer.from(
        JSON.stringify({ connectionName: 'PartnerCenterDemo', conversation: { user: { id: USER }, channelId: 'directline' } }),
      ).toString('base64');
      const page = await fetch(`${standins.tokenServiceUrl}/signin?state=${encodeURIComponent(state)}`);
      assert.equal(page.status, 200);
      const html = await page.text();
      for (const sample of [SAMPLE_CURRENT_PARTNER.tenantId, SAMPLE_CURRENT_PARTNER.name, ...SAMPLE_CUSTOMERS.map((c) => c.domain)]) {
        assert.ok(html.includes(sample), `the sign-in page names ${sample}`);
      }
      const userToken = standins.tokenService.signInDirectly(USER, 'PartnerCenter', 'msteams').token;
      const tokens: TokenSource = { getToken: (service) => standins.onBehalfOf.tokenFor(userToken, service) };
      const client = new PartnerCenterClient({ baseUrl: standins.partnerCenterUrl, tokens, timeoutMs: 1000 });
      const customer = SAMPLE_CUSTOMERS[1]!;
      const created = await client.createTransfer(
        customer.id,
        {
          customerTenantId: customer.tenantId,
          sourcePartnerTenantId: SAMPLE_CURRENT_PARTNER.tenantId,
          sourcePartnerName: SAMPLE_CURRENT_PARTNER.name,
          targetPartnerTenantId: standins.partnerCenter.partnerTenantId,
          transferType: 5,
        },
        { correlationId: randomUUID(), requestId: randomUUID() },
      );
      assert.ok(created.ok, JSON.stringify(created));
      assert.equal(standins.partnerCenter.made().transfers, 1);
    } finally {
      await standins.stop();
    }
  });
});
