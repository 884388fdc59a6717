// Who the actions act for (conversation/actions/signedInUser.ts), from tables written by hand: the
// user the token service keys a sign-in by, the signed-in partner's object id in a token (read,
// not verified), and how a named customer is searched for.
import { strict as assert } from 'assert';
import { customerSearchOf, objectIdOf, tokenFacts, tokenServiceUser } from '../../../src/conversation/actions/signedInUser';

const jwt = (claims: unknown): string => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
const OID = '6A1B2C3D-0000-4000-8000-00000000000A';

describe('Actions: who they act for', () => {
  it('keys a sign-in by a non-empty user id and channel', () => {
    const rows: [unknown, unknown, boolean][] = [
      ['29:alex', 'msteams', true],
      ['', 'msteams', false],
      ['29:alex', '', false],
      [42, 'msteams', false],
      [undefined, 'webchat', false],
    ];
    for (const [id, channelId, ok] of rows)
      assert.deepEqual(tokenServiceUser({ from: { id }, channelId }), ok ? { userId: id, channelId } : undefined, `${String(id)} ${String(channelId)}`);
    assert.equal(tokenServiceUser({ channelId: 'msteams' }), undefined);
  });

  it("reads a token's oid, lower case, only when it is an object id", () => {
    const rows: [string, string | undefined][] = [
      [jwt({ oid: OID }), OID.toLowerCase()],
      [jwt({ oid: 'not-an-object-id' }), undefined],
      [jwt({ oid: 42 }), undefined],
      [jwt({}), undefined],
      ['no-dots', undefined],
      [`e30.${'A'.repeat(16_385)}.sig`, undefined],
    ];
    for (const [token, oid] of rows) assert.equal(objectIdOf(token), oid, token.slice(0, 40));
  });

  it('searches Partner Center by domain or company name, and not at all for a tenant id', () => {
    assert.equal(customerSearchOf({ by: 'tenantId', value: 'c-1' }), undefined);
    assert.deepEqual(customerSearchOf({ by: 'domain', value: 'contoso.com' }), { by: 'domain', value: 'contoso.com' });
    assert.deepEqual(customerSearchOf({ by: 'name', value: 'Contoso' }), { by: 'companyName', value: 'Contoso' });
  });

  it("reads a token's expiry (in ms) and object id, each only when its claim is usable", () => {
    const rows: [unknown, object][] = [
      [
        { exp: 1_800_000_000, oid: OID },
        { expiresAt: 1_800_000_000_000, objectId: OID.toLowerCase() },
      ],
      [{ exp: '1800000000', oid: OID }, { objectId: OID.toLowerCase() }],
      [{ exp: 1_800_000_000 }, { expiresAt: 1_800_000_000_000 }],
      [{}, {}],
    ];
    for (const [claims, facts] of rows) assert.deepEqual(tokenFacts(jwt(claims)), facts, JSON.stringify(claims));
  });
});
