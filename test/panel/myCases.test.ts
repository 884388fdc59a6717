// My cases in the side panel: only a verified Teams single sign-on token names anyone (signed by a
// key of the OpenID metadata, for this app, issued by the tenant it names, in its lifetime), and
// then only that person's items are listed, by their Entra object id. Entra is stood in for by a
// local OpenID provider and keys.
import { strict as assert } from 'assert';
import { MemoryStorage } from 'botbuilder';
import * as restify from 'restify';
import { OpenIdProvider, SigningKey, signingKey, startOpenIdProvider, token } from '../support/botFrameworkTokens';
import { CaseStore, ownerKeys } from '../../src/hosting/cases/caseStore';
import { conditional } from '../../src/hosting/state/stateStorage';
import { openItem } from '../../src/domain/cases';
import { EntraTokenVerifier } from '../../src/hosting/panel/entraToken';
import { registerPanelCases } from '../../src/hosting/panel/cases';
import { PANEL_CASES_PATH } from '../../src/panel/panelCases';
import { captureLogger } from '../support/inProcess';
import { catalogFor } from '../../src/domain/textCatalog';

const APP = '7f3c2b1a-0e9d-4c8b-a7f6-e5d4c3b2a190';
const TENANT = '9a8b7c6d-5e4f-4a3b-b2c1-d0e9f8a7b6c5';
const PARTNER = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const COLLEAGUE = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';
/** Another organisation's tenant, whose directory may hold an object with the very same id. */
const OTHER_TENANT = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';

function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    aud: APP,
    tid: TENANT,
    oid: PARTNER,
    // A user's token: Teams single sign-on asks for the app's delegated scope.
    scp: 'access_as_user',
    nbf: now - 60,
    iat: now - 60,
    exp: now + 3600,
    ...overrides,
  };
}

describe('My cases in the side panel', () => {
  let provider: OpenIdProvider;
  let key: SigningKey;
  let server: restify.Server;
  let base: string;

  before(async () => {
    key = signingKey('panel-key');
    provider = await startOpenIdProvider([{ key, endorsements: [] }]);
    const store = new CaseStore({ storage: conditional(new MemoryStorage()) });
    const add = async (objectId: string, customer: string, oid: string, userId: string, at: number): Promise<void> => {
      const owner = { id: userId, aadObjectId: oid, tenantId: TENANT };
      const fields = {
        kind: 'gdapApproval' as const,
        objectId,
        customer: { tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', name: customer },
        owner,
        locale: 'en-US' as const,
        cardId: `card-${objectId}`,
        conversation: { channelId: 'msteams', conversation: { id: 'group-1' } },
        shared: true,
      };
      await store.add(openItem(fields, at, 60_000), ownerKeys(owner, 'msteams'));
    };
    await add('rel-old', 'Contoso Ltd', PARTNER, '29:partner', Date.now() - 86_400_000);
    await add('rel-new', 'Northwind', PARTNER.toUpperCase(), '29:partner', Date.now());
    await add('rel-colleague', 'Fabrikam', COLLEAGUE, '29:colleague', Date.now());
    server = restify.createServer();
    const verifier = new EntraTokenVerifier({ clientId: APP, metadataUrl: provider.metadataUrl });
    registerPanelCases(server, { store, verifier, logger: captureLogger('debug').logger });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(async () => {
    server.close();
    await provider.close();
  });

  const ask = (authorization?: string, locale = 'en-US'): Promise<Response> =>
    fetch(`${base}${PANEL_CASES_PATH}?locale=${locale}`, authorization ? { headers: { authorization } } : {});

  const listedIn = (body: { card: { body: { id?: string }[] } }): string[] =>
    body.card.body.filter((e) => e.id?.startsWith('case-')).map((e) => e.id!.slice('case-'.length));

  it("lists a verified partner's own items, newest first, and nobody else's", async () => {
    const response = await ask(`Bearer ${token({ key, claims: claims() })}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = (await response.json()) as { locale: string; card: { body: { id?: string; text?: string }[] } };
    assert.deepEqual(listedIn(body), ['gdapApproval:rel-new', 'gdapApproval:rel-old']);
    assert.ok(!JSON.stringify(body).includes('Fabrikam'), "not the colleague's");
    assert.ok(!JSON.stringify(body).includes('Action.'), 'no buttons: the panel has no conversation to open them in');
  });

  it('answers in the language asked for, and the colleague gets their own', async () => {
    const response = await ask(`Bearer ${token({ key, claims: claims({ oid: COLLEAGUE }) })}`, 'pt-BR');
    const body = (await response.json()) as { locale: string; card: { body: { id?: string; text?: string }[] } };
    assert.equal(body.locale, 'pt-BR');
    assert.equal(body.card.body[0]?.text, catalogFor('pt-BR').myCases.title);
    assert.deepEqual(listedIn(body), ['gdapApproval:rel-colleague']);
  });

  it('refuses anything that is not a verified token, reading nothing', async () => {
    const stranger = signingKey('panel-key');
    const refused: [string, string | undefined][] = [
      ['no token', undefined],
      ['not a bearer token', 'Basic dXNlcjpwYXNz'],
      ['unsigned (alg none)', `Bearer ${token({ alg: 'none', claims: claims() })}`],
      ['signed by a key Entra does not publish', `Bearer ${token({ key: stranger, claims: claims() })}`],
      ['for another app', `Bearer ${token({ key, claims: claims({ aud: 'c0ffee00-0000-4000-8000-000000000000' }) })}`],
      ['expired', `Bearer ${token({ key, claims: claims({ exp: Math.floor(Date.now() / 1000) - 3600 }) })}`],
      [
        'issued by another tenant than it names',
        `Bearer ${token({ key, claims: claims({ iss: 'https://login.microsoftonline.com/11111111-2222-4333-8444-555555555555/v2.0' }) })}`,
      ],
      ['no object id', `Bearer ${token({ key, claims: claims({ oid: undefined }) })}`],
      ['a tampered payload', `Bearer ${tampered(token({ key, claims: claims() }))}`],
    ];
    for (const [why, authorization] of refused) {
      const response = await ask(authorization);
      assert.equal(response.status, 401, why);
      const text = await response.text();
      assert.ok(!text.includes('Contoso') && !text.includes('Fabrikam'), `${why}: nothing listed`);
    }
  });

  it('finding 9 (side panel): an app-only token is refused (401), though it is signed, for this app and has an object id', async () => {
    // What the client credentials flow gives an application: its service principal's object id, roles, no scp.
    const appOnly: [string, Record<string, unknown>][] = [
      ['roles and no scp', claims({ scp: undefined, roles: ['Cases.Read.All'] })],
      ['no scp, nor roles', claims({ scp: undefined })],
      ['idtyp app', claims({ scp: undefined, roles: ['Cases.Read.All'], idtyp: 'app' })],
      ['idtyp app, whatever else it carries', claims({ idtyp: 'app' })],
      ['an empty scp', claims({ scp: ' ' })],
    ];
    for (const [why, tokenClaims] of appOnly) {
      const response = await ask(`Bearer ${token({ key, claims: tokenClaims })}`);
      assert.equal(response.status, 401, why);
      const text = await response.text();
      assert.ok(!text.includes('Contoso') && !text.includes('Northwind'), `${why}: nothing listed`);
    }
    const user = await ask(`Bearer ${token({ key, claims: claims({ idtyp: 'user' }) })}`);
    assert.equal(user.status, 200, "and a user's token, saying so, still is accepted");
  });

  it("finding 9 (side panel): a user token from another tenant, with the very same object id, sees nothing of this tenant's", async () => {
    const elsewhere = claims({ tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` });
    const response = await ask(`Bearer ${token({ key, claims: elsewhere })}`);
    assert.equal(response.status, 200, 'a verified user, of another tenant');
    const body = (await response.json()) as { card: { body: { id?: string }[] } };
    assert.deepEqual(listedIn(body), []);
    assert.ok(!JSON.stringify(body).includes('Contoso') && !JSON.stringify(body).includes('Northwind'));
  });

  it("accepts a v1 token for the app's application ID URI, in the bot's form and the tab's", async () => {
    for (const aud of [`api://botid-${APP}`, `api://advisor.example.com/${APP}`, `api://advisor.example.com/botid-${APP}`]) {
      const response = await ask(`Bearer ${token({ key, claims: claims({ aud, iss: `https://sts.windows.net/${TENANT}/` }) })}`);
      assert.equal(response.status, 200, aud);
    }
    const other = await ask(`Bearer ${token({ key, claims: claims({ aud: `api://botid-${APP}-other`, iss: `https://sts.windows.net/${TENANT}/` }) })}`);
    assert.equal(other.status, 401, 'not an id that merely starts with it');
  });
});

/** The same signature over other claims: the object id swapped for the colleague's. */
function tampered(jwt: string): string {
  const [header, payload, signature] = jwt.split('.');
  const changed = { ...(JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>), oid: COLLEAGUE };
  return `${header}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}`;
}
