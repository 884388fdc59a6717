// The cryptographic check of a Partner Center event (protocols/partnerCenterWebhook/eventVerification.ts),
// from tables over the test-only certificate authority of test/data/webhooks: a certificate read
// or not, an issuer accepted or not, a chain that ends at the root or not, pinned roots picked by
// fingerprint, and a body's verdict in the order its checks run.
import { strict as assert } from 'assert';
import { createSign, X509Certificate } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import {
  acceptedIssuer,
  chainTrusted,
  eventVerdict,
  readCertificate,
  readCertificates,
  rootsWithFingerprints,
  verifiedLeaf,
} from '../../src/protocols/partnerCenterWebhook/eventVerification';
import { PROJECT_ROOT } from '../support/paths';

const file = (name: string): string => fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'data', 'webhooks', name), 'utf8');
const cert = (name: string): X509Certificate => new X509Certificate(file(`test-${name}.pem`));
const ROOT = cert('root');
const INTERMEDIATE = cert('intermediate');
const SIGNING = cert('signing');
const UNTRUSTED = cert('untrusted');
const CONTOSO = cert('wrong-organisation');
/** The intermediate's name, another key. */
const FORGED = cert('forged-intermediate');
/** Within every test certificate's validity. */
const NOW = Date.parse('2027-06-01T12:00:00Z');
const BEFORE_VALID = Date.parse('2026-01-01T00:00:00Z');

/** An issuer lookup that answers from a table, each certificate's issuer by its fingerprint, counting its calls. */
function lookup(issuers: [X509Certificate, X509Certificate][]): { asked: number; find: (c: X509Certificate) => Promise<X509Certificate | undefined> } {
  const table = new Map(issuers.map(([below, above]) => [below.fingerprint256, above]));
  const out = {
    asked: 0,
    find: async (c: X509Certificate) => {
      out.asked += 1;
      return table.get(c.fingerprint256);
    },
  };
  return out;
}

const sign = (body: string, key: string): Buffer => createSign('sha256').update(Buffer.from(body, 'utf8')).sign(key);
const event = (at: string): string =>
  JSON.stringify({
    EventName: 'granular-admin-relationship-approved',
    ResourceUri: 'https://api.partnercenter.microsoft.com/v1/granularAdminRelationships/rel-1',
    ResourceName: 'GranularAdminRelationship',
    AuditUri: null,
    ResourceChangeUtcDate: at,
  });

describe('Partner Center events: the cryptographic check', () => {
  it('reads a certificate in PEM or DER, and nothing else', () => {
    const rows: [string, Buffer, boolean][] = [
      ['PEM', Buffer.from(file('test-signing.pem')), true],
      ['DER', SIGNING.raw, true],
      ['text', Buffer.from('not a certificate'), false],
      ['empty', Buffer.alloc(0), false],
      ['cut short', SIGNING.raw.subarray(0, 100), false],
    ];
    for (const [name, bytes, read] of rows) {
      const result = readCertificate(bytes);
      assert.equal(typeof result !== 'string', read, name);
      if (read) assert.equal((result as X509Certificate).fingerprint256, SIGNING.fingerprint256, name);
      else assert.equal(result, 'certificate-unreadable', name);
    }
    assert.deepEqual(
      readCertificates([file('test-root.pem'), 'garbage', file('test-intermediate.pem')]).map((c) => c.fingerprint256),
      [ROOT.fingerprint256, INTERMEDIATE.fingerprint256],
    );
  });

  it('picks the pinned roots by fingerprint, in any case, each once', () => {
    const rows: [string, X509Certificate[], string[], X509Certificate[]][] = [
      ['as Node writes it', [ROOT, INTERMEDIATE], [ROOT.fingerprint256], [ROOT]],
      ['lower case', [ROOT, INTERMEDIATE], [ROOT.fingerprint256.toLowerCase()], [ROOT]],
      ['listed twice', [ROOT, ROOT, INTERMEDIATE], [ROOT.fingerprint256], [ROOT]],
      ['none pinned', [ROOT, INTERMEDIATE], [], []],
      ['not among them', [INTERMEDIATE], [ROOT.fingerprint256], []],
    ];
    for (const [name, candidates, pins, expected] of rows) {
      assert.deepEqual(
        rootsWithFingerprints(candidates, pins).map((c) => c.fingerprint256),
        expected.map((c) => c.fingerprint256),
        name,
      );
    }
  });

  it('accepts a downloaded issuer only when it is a CA, valid now, that issued and signed the certificate below it', () => {
    const rows: [string, X509Certificate, X509Certificate | undefined, number, boolean][] = [
      ['the signing certificate’s issuer', SIGNING, INTERMEDIATE, NOW, true],
      ['the intermediate’s issuer', INTERMEDIATE, ROOT, NOW, true],
      ['not its issuer', SIGNING, ROOT, NOW, false],
      ['its issuer’s name, another key', SIGNING, FORGED, NOW, false],
      ['a certificate that is no CA', SIGNING, CONTOSO, NOW, false],
      ['another root', UNTRUSTED, ROOT, NOW, false],
      ['before it is valid', SIGNING, INTERMEDIATE, BEFORE_VALID, false],
      ['none downloaded', SIGNING, undefined, NOW, false],
    ];
    for (const [name, below, issuer, now, accepted] of rows) {
      assert.equal(acceptedIssuer(below, issuer, now) !== undefined, accepted, name);
    }
  });

  it('trusts a chain that ends at a root, climbing through the issuers the lookup finds', async () => {
    const rows: [string, X509Certificate, X509Certificate[], [X509Certificate, X509Certificate][], boolean, number][] = [
      ['leaf, intermediate, root', SIGNING, [ROOT], [[SIGNING, INTERMEDIATE]], true, 1],
      ['the intermediate pinned as root', SIGNING, [INTERMEDIATE], [], true, 0],
      ['the issuer not found', SIGNING, [ROOT], [], false, 1],
      ['a pinned root with the issuer’s name and another key', SIGNING, [FORGED], [], false, 1],
      ['another root', UNTRUSTED, [ROOT], [], false, 1],
      ['no roots', SIGNING, [], [[SIGNING, INTERMEDIATE]], false, 2],
      ['the leaf is itself a root', ROOT, [ROOT], [], false, 0],
      ['a loop of issuers stops at the longest chain', SIGNING, [], [[SIGNING, SIGNING]], false, 5],
    ];
    for (const [name, leaf, roots, issuers, trusted, asked] of rows) {
      const find = lookup(issuers);
      assert.equal(await chainTrusted(leaf, roots, NOW, find.find), trusted, name);
      assert.equal(find.asked, asked, `${name}: issuers asked`);
    }
  });

  it('checks a signing certificate: valid now, the organisation, then the chain', async () => {
    const trust = { roots: [ROOT], organisation: 'Microsoft Corporation' };
    const issuers = lookup([
      [SIGNING, INTERMEDIATE],
      [CONTOSO, INTERMEDIATE],
    ]);
    const rows: [string, X509Certificate, number, string][] = [
      ['Partner Center’s', SIGNING, NOW, 'verified'],
      ['another organisation', CONTOSO, NOW, 'certificate-organisation'],
      ['not valid yet', SIGNING, BEFORE_VALID, 'certificate-not-valid-now'],
      ['another root', UNTRUSTED, NOW, 'certificate-untrusted'],
    ];
    for (const [name, leaf, now, expected] of rows) {
      const result = await verifiedLeaf(leaf, trust, now, issuers.find);
      assert.equal(typeof result === 'string' ? result : 'verified', expected, name);
    }
  });

  it('gives a body its verdict: the certificate, the signature, JSON, the event, then its date', () => {
    const key = file('test-signing.key');
    const fresh = event('2027-06-01T11:59:00.0000000+00:00');
    const late = event('2027-05-01T12:00:00.0000000+00:00');
    const ahead = event('2027-06-01T14:00:00.0000000+00:00');
    const noEvent = JSON.stringify({ hello: 'world' });
    const rows: [string, X509Certificate | 'certificate-untrusted', string, Buffer, string][] = [
      ['a signed event', SIGNING, fresh, sign(fresh, key), 'ok'],
      ['a late event is still delivered', SIGNING, late, sign(late, key), 'ok'],
      ['dated hours ahead', SIGNING, ahead, sign(ahead, key), 'future'],
      ['the certificate refused', 'certificate-untrusted', fresh, sign(fresh, key), 'certificate-untrusted'],
      ['signed with another key', SIGNING, fresh, sign(fresh, file('test-untrusted.key')), 'bad-signature'],
      ['the body changed after signing', SIGNING, fresh.replace('approved', 'terminated'), sign(fresh, key), 'bad-signature'],
      ['no signature bytes', SIGNING, fresh, Buffer.alloc(0), 'bad-signature'],
      ['signed, not JSON', SIGNING, 'not json', sign('not json', key), 'unreadable'],
      ['signed JSON, no event', SIGNING, noEvent, sign(noEvent, key), 'unreadable'],
    ];
    for (const [name, certificate, body, signature, expected] of rows) {
      const verdict = eventVerdict(certificate, Buffer.from(body, 'utf8'), signature, NOW, 7 * 24 * 60 * 60_000);
      assert.equal(verdict.ok ? 'ok' : verdict.reason, expected, name);
      if (verdict.ok) assert.equal(verdict.event.name, 'granular-admin-relationship-approved', name);
    }
  });
});
