// What a Teams single sign-on token must satisfy to name someone to the side panel
// (src/protocols/http/entraTokenRules.ts), from tables written by hand; the signature itself is
// checked by the SDK (test/panel/ covers the verifier against a local key).
import { strict as assert } from 'assert';
import { issuersOf, signedInUserOf, ssoAudiences, tokenToCheck } from '../../src/protocols/http/entraTokenRules';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER = '11111111-2222-3333-4444-555555555555';
const APP = 'AAAAAAAA-bbbb-cccc-dddd-eeeeeeeeeeee';
const OID = 'C0FFEE00-1234-4abc-8def-0123456789ab';
const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const bearer = (claims: unknown, signature = 'sig'): string => `Bearer ${b64({ alg: 'RS256' })}.${b64(claims)}.${signature}`;
const any = new Set<string>();

describe('Side panel sign-on: what a token must satisfy', () => {
  it("accepts the app's client id and its application ID URIs as audiences, for a client id that is a GUID only", () => {
    const audiences = ssoAudiences(APP);
    const accepts = (aud: string): boolean => audiences.some((a) => (typeof a === 'string' ? a === aud : a.test(aud)));
    const rows: [string, boolean][] = [
      [APP.toLowerCase(), true],
      [`api://botid-${APP.toLowerCase()}`, true],
      [`api://advisor.contoso.com/${APP.toLowerCase()}`, true],
      [`api://advisor.contoso.com/botid-${APP}`, true],
      [`api://${APP.toLowerCase()}`, true],
      [`api://evil.example/other/${APP.toLowerCase()}`, false],
      [`api://botid-${APP.toLowerCase()}-x`, false],
      [`https://graph.microsoft.com`, false],
      [OTHER, false],
    ];
    for (const [aud, expected] of rows) assert.equal(accepts(aud), expected, aud);
    assert.deepEqual(ssoAudiences('not-a-guid'), []);
  });

  it("requires the issuer of the tenant the token claims, in Entra's two forms", () => {
    assert.deepEqual(issuersOf(TENANT), [`https://login.microsoftonline.com/${TENANT}/v2.0`, `https://sts.windows.net/${TENANT}/`]);
  });

  it('checks only a bounded, signed bearer token from a tenant it may serve, and says which tenant to require', () => {
    const token = bearer({ tid: TENANT.toUpperCase() });
    const rows: [string, unknown, ReadonlySet<string>, { jws: string; tenant: string } | undefined][] = [
      ['a signed token, any tenant allowed', token, any, { jws: token.slice(7), tenant: TENANT }],
      ['its tenant allowed', token, new Set([TENANT]), { jws: token.slice(7), tenant: TENANT }],
      ['its tenant not allowed', token, new Set([OTHER]), undefined],
      ['no header', undefined, any, undefined],
      ['another scheme', `Basic ${token.slice(7)}`, any, undefined],
      ['an unsigned token', bearer({ tid: TENANT }, ''), any, undefined],
      ['a payload that is no JSON', `Bearer a.${Buffer.from('{').toString('base64url')}.c`, any, undefined],
      ['no tenant', bearer({ oid: OID }), any, undefined],
      ['a tenant that is no GUID', bearer({ tid: 'contoso.onmicrosoft.com' }), any, undefined],
      ['longer than any token', bearer({ tid: TENANT, pad: 'x'.repeat(8192) }), any, undefined],
    ];
    for (const [what, header, allowed, expected] of rows) assert.deepEqual(tokenToCheck(header, allowed), expected, what);
  });

  it("names a user only from a user's token of the tenant it claimed", () => {
    const user = { oid: OID, tid: TENANT, scp: 'access_as_user', name: '  Dana Kovács ' };
    const rows: [string, Record<string, unknown>, object | undefined][] = [
      ["a user's token", user, { oid: OID.toLowerCase(), tid: TENANT, name: 'Dana Kovács' }],
      ['without a name', { ...user, name: undefined }, { oid: OID.toLowerCase(), tid: TENANT }],
      ['a blank name', { ...user, name: '   ' }, { oid: OID.toLowerCase(), tid: TENANT }],
      ['a very long name, bounded', { ...user, name: 'n'.repeat(300) }, { oid: OID.toLowerCase(), tid: TENANT, name: 'n'.repeat(256) }],
      ['the tenant in capitals', { ...user, tid: TENANT.toUpperCase() }, { oid: OID.toLowerCase(), tid: TENANT, name: 'Dana Kovács' }],
      ["an app's token: roles, no scopes", { oid: OID, tid: TENANT, roles: ['Cases.Read'] }, undefined],
      ['empty scopes', { ...user, scp: ' ' }, undefined],
      ["marked as an app's", { ...user, idtyp: 'app' }, undefined],
      ['another tenant than the one claimed', { ...user, tid: OTHER }, undefined],
      ['an object id that is no GUID', { ...user, oid: 'dana' }, undefined],
      ['no object id', { ...user, oid: undefined }, undefined],
    ];
    for (const [what, claims, expected] of rows)
      assert.deepEqual(
        signedInUserOf((name) => claims[name], TENANT),
        expected,
        what,
      );
  });
});
