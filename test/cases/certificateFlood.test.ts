// Security finding 2 (issue 60): requests naming made-up certificate URLs on the allowed host must
// never keep Partner Center's genuine events out. A verified certificate is kept where no such
// URL can push it out and is refreshed on its own schedule; the downloads of URLs never verified
// are paced per URL under a generous ceiling. Everything runs on an injected clock: the flood's
// "10 a second" is the clock moved by 100 ms between requests, never a real wait.
import { strict as assert } from 'assert';
import { EventVerdict, EventVerifier, readSignatureHeaders } from '../../src/hosting/cases/eventSignature';
import { CERT_HOST, CERT_URL, eventBody, signedHeaders, testTrust } from './eventFixtures';

const START = Date.parse('2030-01-01T00:00:00Z');
const ISSUER_URL = 'http://pki.test.invalid/certs/test-intermediate.cer';
/** A well-formed signature nobody made: the flood's requests are unsigned in all but form. */
const FORGED_SIGNATURE = `Signature ${'A'.repeat(342)}==`;

interface Harness {
  verifier: EventVerifier;
  downloads: string[];
  clock: { now: number };
  /** While true, every download fails (the certificate host unreachable). */
  outage: { on: boolean };
}

function harness(): Harness {
  const clock = { now: START };
  const outage = { on: false };
  const trust = testTrust();
  const fetchBytes = async (url: URL): Promise<Buffer> => {
    if (outage.on) {
      trust.downloads.push(url.href);
      throw new Error('unreachable');
    }
    return trust.fetchBytes(url);
  };
  const verifier = new EventVerifier({ trust: { ...trust, fetchBytes }, maxAgeMinutes: 60, now: () => clock.now });
  return { verifier, downloads: trust.downloads, clock, outage };
}

async function genuine(h: Harness): Promise<EventVerdict> {
  const body = eventBody({}, new Date(h.clock.now));
  const headers = readSignatureHeaders(signedHeaders(body));
  assert.ok(headers.ok);
  return h.verifier.verify(headers.request, Buffer.from(body));
}

async function forged(h: Harness, name: string): Promise<EventVerdict> {
  const body = eventBody({}, new Date(h.clock.now));
  const headers = readSignatureHeaders({
    'content-type': 'application/json',
    authorization: FORGED_SIGNATURE,
    'x-ms-certificate-url': `https://${CERT_HOST}/cert/${name}.cer`,
    'x-ms-signature-algorithm': 'rsa-sha256',
  });
  assert.ok(headers.ok);
  return h.verifier.verify(headers.request, Buffer.from(body));
}

const downloadsOf = (h: Harness, url: string): number => h.downloads.filter((d) => d === url).length;

/** Lets the background work started by the last request (a refresh's download) run to its end. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe('Security finding 2: forged certificate URLs cannot keep genuine events out', () => {
  it('finding 2: a flood of forged URLs at 10 a second over two minutes leaves every genuine event accepted', async () => {
    const h = harness();
    const refused: string[] = [];
    let genuineEvents = 0;
    for (let tick = 0; tick < 1200; tick += 1) {
      h.clock.now = START + tick * 100;
      // A genuine event every ten seconds, the first before any forged request.
      if (tick % 100 === 0) {
        genuineEvents += 1;
        const verdict = await genuine(h);
        if (!verdict.ok) refused.push(`${tick / 10} s: ${verdict.reason}`);
      }
      const verdict = await forged(h, `made-up-${tick}`);
      assert.equal(verdict.ok, false);
    }
    assert.equal(genuineEvents, 12);
    assert.deepEqual(refused, [], 'no genuine event refused');
    assert.equal(downloadsOf(h, CERT_URL), 1, 'the genuine certificate downloaded once, never again during the flood');
  });

  it('finding 2: a forged URL never evicts the genuine certificate', async () => {
    const h = harness();
    assert.equal((await genuine(h)).ok, true);
    // Many more made-up URLs than any cache here holds, all at one moment.
    for (let i = 0; i < 3000; i += 1) await forged(h, `evict-${i}`);
    const verdict = await genuine(h);
    assert.equal(verdict.ok, true, verdict.ok ? '' : verdict.reason);
    assert.equal(downloadsOf(h, CERT_URL), 1, 'still the certificate verified first: not downloaded again');
  });

  it('finding 2: a genuine URL seen for the first time during a flood still gets its own download', async () => {
    const h = harness();
    let tick = 0;
    const flood = async (seconds: number): Promise<void> => {
      for (const end = tick + seconds * 10; tick < end; tick += 1) {
        h.clock.now = START + tick * 100;
        // Half the flood repeats a few URLs: each of those is downloaded at most once a minute.
        await forged(h, tick % 2 === 0 ? `fresh-${tick}` : `again-${tick % 6}`);
      }
    };
    await flood(30);
    const verdict = await genuine(h);
    assert.equal(verdict.ok, true, verdict.ok ? '' : verdict.reason);
    assert.equal(downloadsOf(h, CERT_URL), 1);
    await flood(20);
    for (const again of ['again-1', 'again-3', 'again-5']) {
      assert.equal(downloadsOf(h, `https://${CERT_HOST}/cert/${again}.cer`), 1, `${again} downloaded once in its minute`);
    }
  });

  it('finding 2: a verified certificate is refreshed on its own schedule, outside the flood budget, and kept while a refresh fails', async () => {
    const h = harness();
    assert.equal((await genuine(h)).ok, true);
    assert.deepEqual(h.downloads, [CERT_URL, ISSUER_URL]);

    // 55 minutes on, in the middle of a flood larger than the ceiling for unknown URLs.
    h.clock.now = START + 55 * 60_000;
    for (let i = 0; i < 1500; i += 1) await forged(h, `budget-${i}`);
    assert.equal((await genuine(h)).ok, true);
    await settle();
    assert.equal(downloadsOf(h, CERT_URL), 2, 'downloaded again in the background, though the unknown URLs spent their ceiling');

    // The host unreachable when the next refresh is due: the kept certificate is still used.
    h.outage.on = true;
    h.clock.now = START + 106 * 60_000;
    assert.equal((await genuine(h)).ok, true);
    await settle();
    assert.equal(downloadsOf(h, CERT_URL), 3, 'the refresh was tried');
    h.clock.now += 90_000;
    const verdict = await genuine(h);
    assert.equal(verdict.ok, true, verdict.ok ? '' : verdict.reason);
    await settle();
    assert.equal(downloadsOf(h, CERT_URL), 4, 'a failed refresh is tried again a minute later');
  });
});
