// What Partner Center's signing certificate and its chain must satisfy (src/protocols/partnerCenterWebhook/eventCertificateRules.ts),
// from tables of certificates' facts, no certificate parsed and no download made; the checks with
// real certificates and downloads: test/cases/eventSettings.test.ts, certificateFlood.test.ts.
import { strict as assert } from 'assert';
import {
  caIssuersUrls,
  CertificateFacts,
  chainStep,
  downloadRules,
  issuerAccepted,
  issuerUrlOf,
  keptCertificateUse,
  keptUntil,
  leafRefusal,
  MAX_CHAIN,
  NO_DOWNLOADS,
  nextRefreshAt,
  organisationOf,
  takeDownload,
  UNKNOWN_DOWNLOADS_PER_MINUTE,
  validAt,
  pinnedRootsMissing,
} from '../../src/protocols/partnerCenterWebhook/eventCertificateRules';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const cert = (over: Partial<CertificateFacts> = {}): CertificateFacts => ({
  validFrom: 'Nov  1 00:00:00 2026 GMT',
  validTo: 'Nov  1 00:00:00 2027 GMT',
  subject: 'C=US\nO=Microsoft Corporation\nCN=api.partnercenter.microsoft.com',
  issuer: 'C=US\nO=Microsoft Corporation\nCN=Microsoft Azure RSA TLS Issuing CA 04',
  infoAccess: 'CA Issuers - URI:http://www.microsoft.com/pkiops/certs/issuing.crt\nOCSP - URI:http://oneocsp.microsoft.com/ocsp',
  fingerprint256: 'AA:01',
  ca: false,
  ...over,
});

describe('Event certificates: what a chain must satisfy', () => {
  it("downloads the signing certificate only from Partner Center's https path, and issuers only from the PKI hosts", () => {
    const rules = downloadRules(['api.partnercenter.microsoft.com']);
    const certificateRows: [string, boolean][] = [
      ['https://api.partnercenter.microsoft.com/cert/signing.cer', true],
      ['https://API.partnercenter.microsoft.com/cert/signing_2026-11.CER', true],
      ['http://api.partnercenter.microsoft.com/cert/signing.cer', false],
      ['https://api.partnercenter.microsoft.com:8443/cert/signing.cer', false],
      ['https://user:pw@api.partnercenter.microsoft.com/cert/signing.cer', false],
      ['https://api.partnercenter.microsoft.com/cert/signing.cer#x', false],
      ['https://api.partnercenter.microsoft.com/other/signing.cer', false],
      ['https://api.partnercenter.microsoft.com/cert/../secret.cer', false],
      ['https://api.partnercenter.microsoft.com/cert/a/b.cer', false],
      ['https://api.partnercenter.microsoft.com/cert/signing.pem', false],
      ['https://evil.example/cert/signing.cer', false],
      ['https://api.partnercenter.microsoft.com.evil.example/cert/signing.cer', false],
    ];
    for (const [url, allowed] of certificateRows) assert.equal(rules.allowedCertificateUrl(new URL(url)), allowed, url);
    const issuerRows: [string, boolean][] = [
      ['http://www.microsoft.com/pkiops/certs/issuing.crt', true],
      ['https://cacerts.digicert.com/DigiCertGlobalRootG2.crt', true],
      ['http://caissuers.microsoft.com/x.crt', true],
      ['ftp://www.microsoft.com/x.crt', false],
      ['http://www.microsoft.com:8080/x.crt', false],
      ['http://attacker.example/x.crt', false],
    ];
    for (const [url, allowed] of issuerRows) assert.equal(rules.allowedIssuerUrl(new URL(url)), allowed, url);
    assert.equal(downloadRules(['localhost'], ['127.0.0.1']).allowedIssuerUrl(new URL('http://127.0.0.1/ca.crt')), true);
  });

  it('reads validity, the organisation and the CA Issuers URIs off the facts', () => {
    assert.equal(validAt(cert(), NOW), true);
    assert.equal(validAt(cert({ validTo: 'Nov 24 00:00:00 2026 GMT' }), NOW), false);
    assert.equal(validAt(cert({ validFrom: 'Dec  1 00:00:00 2026 GMT' }), NOW), false);
    assert.equal(validAt(cert({ validFrom: 'garbage' }), NOW), false);
    assert.equal(organisationOf(cert()), 'Microsoft Corporation');
    assert.equal(organisationOf(cert({ subject: 'CN=x' })), undefined);
    assert.equal(organisationOf(cert({ subject: 'O=A\nO=B' })), undefined);
    assert.equal(organisationOf(cert({ issuer: 'O=DigiCert Inc' }), 'issuer'), 'DigiCert Inc');
    assert.deepEqual(
      caIssuersUrls(cert({ infoAccess: 'CA Issuers - URI:http://a.example/1.crt\nCA Issuers - URI:not a url\nOCSP - URI:http://o.example' })).map(String),
      ['http://a.example/1.crt'],
    );
    assert.deepEqual(caIssuersUrls(cert({ infoAccess: undefined })), []);
    const rules = downloadRules(['x'], ['b.example']);
    assert.equal(
      issuerUrlOf(cert({ infoAccess: 'CA Issuers - URI:http://a.example/1.crt\nCA Issuers - URI:http://b.example/2.crt' }), rules)?.href,
      'http://b.example/2.crt',
    );
    assert.equal(issuerUrlOf(cert({ infoAccess: 'CA Issuers - URI:http://a.example/1.crt' }), rules), undefined);
  });

  it('refuses a signing certificate not valid now or of another organisation (its issuer or subject must name it)', () => {
    const org = 'Microsoft Corporation';
    const rows: [CertificateFacts, string | undefined][] = [
      [cert(), undefined],
      [cert({ subject: 'CN=only a name' }), undefined],
      [cert({ issuer: 'O=DigiCert Inc' }), undefined],
      [cert({ subject: 'O=Contoso', issuer: 'O=Contoso CA' }), 'certificate-organisation'],
      [cert({ validTo: 'Nov  1 00:00:00 2026 GMT' }), 'certificate-not-valid-now'],
      [cert({ validTo: 'Nov  1 00:00:00 2026 GMT', subject: 'O=Contoso', issuer: 'O=Contoso' }), 'certificate-not-valid-now'],
    ];
    for (const [leaf, refusal] of rows) assert.equal(leafRefusal(leaf, NOW, org), refusal, `${leaf.subject} / ${leaf.validTo}`);
  });

  it('trusts a chain that reaches a root valid now that signed it, never the root itself as the leaf, and no longer than five', () => {
    const root = cert({ fingerprint256: 'ROOT', ca: true });
    const expiredRoot = cert({ fingerprint256: 'OLD', ca: true, validTo: 'Jan  1 00:00:00 2026 GMT' });
    const leaf = cert({ fingerprint256: 'LEAF' });
    const signs =
      (...by: string[]) =>
      (r: CertificateFacts) =>
        by.includes(r.fingerprint256);
    const rows: [string, CertificateFacts, number, CertificateFacts[], (r: CertificateFacts) => boolean, string][] = [
      ['a root signed the leaf', leaf, 0, [root], signs('ROOT'), 'trusted'],
      ['no root signed it: climb to its issuer', leaf, 0, [root], signs(), 'climb'],
      ['the leaf is a root', root, 0, [root], signs(), 'untrusted'],
      ['an intermediate that is a root', root, 2, [root], signs(), 'trusted'],
      ['signed by a root no longer valid', leaf, 1, [expiredRoot], signs('OLD'), 'climb'],
      ['at the last depth, a root signed it', leaf, MAX_CHAIN - 1, [root], signs('ROOT'), 'trusted'],
      ['past the longest chain', leaf, MAX_CHAIN, [root], signs('ROOT'), 'untrusted'],
      ['no roots at all', leaf, 0, [], signs('ROOT'), 'climb'],
    ];
    for (const [what, current, depth, roots, issuedBy, expected] of rows) assert.equal(chainStep(current, depth, roots, NOW, issuedBy), expected, what);
  });

  it('takes an issuer into the chain only as a CA valid now that signed the certificate below it', () => {
    const ca = cert({ ca: true });
    const rows: [CertificateFacts, boolean, boolean][] = [
      [ca, true, true],
      [ca, false, false],
      [cert({ ca: false }), true, false],
      [cert({ ca: true, validTo: 'Jan  1 00:00:00 2026 GMT' }), true, false],
    ];
    for (const [issuer, signed, expected] of rows) assert.equal(issuerAccepted(issuer, signed, NOW), expected, `${issuer.ca} ${signed} ${issuer.validTo}`);
  });

  it('downloads never-verified URLs at most 1200 a fixed minute, the window starting at the first', () => {
    let window = NO_DOWNLOADS;
    const take = (at: number) => {
      const taken = takeDownload(window, at);
      window = taken.window;
      return taken.allowed;
    };
    for (let i = 0; i < UNKNOWN_DOWNLOADS_PER_MINUTE; i++) assert.equal(take(NOW + i), true, `download ${i}`);
    assert.equal(take(NOW + 59_999), false);
    assert.equal(take(NOW + 60_000), true);
    assert.deepEqual(window, { start: NOW + 60_000, count: 1 });
  });

  it('uses a kept certificate while it is valid, refreshes it once due and not already under way, and forgets it once it is not valid', () => {
    const MINUTE = 60_000;
    const kept = (refreshAt: number, refreshing = false, over: Partial<CertificateFacts> = {}) => ({ certificate: cert(over), refreshAt, refreshing });
    const rows: [string, ReturnType<typeof kept>, 'use' | 'useAndRefresh' | 'forget'][] = [
      ['valid, its refresh not due', kept(NOW + MINUTE), 'use'],
      ['valid, its refresh due now', kept(NOW), 'useAndRefresh'],
      ['valid, its refresh overdue', kept(NOW - MINUTE), 'useAndRefresh'],
      ['valid, its refresh due but under way', kept(NOW - MINUTE, true), 'use'],
      ['expired', kept(NOW + MINUTE, false, { validTo: 'Nov  1 00:00:00 2026 GMT' }), 'forget'],
      ['expired, a refresh under way', kept(NOW - MINUTE, true, { validTo: 'Nov  1 00:00:00 2026 GMT' }), 'forget'],
      ['not valid yet', kept(NOW + MINUTE, false, { validFrom: 'Dec  1 00:00:00 2026 GMT' }), 'forget'],
    ];
    for (const [what, k, expected] of rows) assert.equal(keptCertificateUse(k, NOW), expected, what);
  });

  it('refreshes a verified certificate after fifty minutes, a failed refresh after a minute; remembers a failed download a minute at most', () => {
    assert.equal(nextRefreshAt(true, NOW), NOW + 50 * 60_000);
    assert.equal(nextRefreshAt(false, NOW), NOW + 60_000);
    const rows: [string, number, boolean, number][] = [
      ['an issuer found: kept its hour', NOW + 3_600_000, true, NOW + 3_600_000],
      ['an issuer not found: a minute', NOW + 3_600_000, false, NOW + 60_000],
      ['a URL asked about, failed: a minute', Infinity, false, NOW + 60_000],
      ['a failure already due sooner stays so', NOW + 1_000, false, NOW + 1_000],
    ];
    for (const [what, until, found, expected] of rows) assert.equal(keptUntil(until, found, NOW), expected, what);
  });

  it('tells the deployment when fewer pinned roots are in this Node than it named', () => {
    const rows: [string, number, number, { pinned: number; found: number } | undefined][] = [
      ['all found', 2, 2, undefined],
      ['one missing', 2, 1, { pinned: 2, found: 1 }],
      ['none found', 1, 0, { pinned: 1, found: 0 }],
    ];
    for (const [what, named, found, expected] of rows) assert.deepEqual(pinnedRootsMissing(named, found), expected, what);
  });
});
