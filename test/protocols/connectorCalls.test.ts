// How a connector call is tried again and its answer read (src/protocols/http/connectorCalls.ts), from
// tables: each outcome of a try, on each retry, to wait or give up (the sender over HTTP:
// hosting/connectorSender.test.ts).
import { strict as assert } from 'assert';
import { backoffMs, errorCodeOf, MAX_RETRY_AFTER_MS, nextTry, resourceIdOf, retryAfterMs, targetOf, TryOutcome } from '../../src/protocols/http/connectorCalls';

const NOW = Date.parse('2026-11-26T10:00:00Z');
const BASE = 1_000;

describe('Connector calls', () => {
  it('tries again or gives up, after the wait each outcome calls for', () => {
    // random 0.5: the exponential wait itself (0.8 + 0.5 × 0.4 = 1.0).
    const rows: [TryOutcome, number, number | 'give up'][] = [
      [{ status: 500 }, 0, 1_000],
      [{ status: 502 }, 1, 2_000],
      [{ status: 503 }, 2, 4_000],
      [{ status: 503 }, 3, 'give up'],
      [{ status: 408 }, 0, 1_000],
      [{ status: 501 }, 0, 'give up'],
      [{ status: 505 }, 0, 'give up'],
      [{ status: 400 }, 0, 'give up'],
      [{ status: 404 }, 0, 'give up'],
      [{ status: 429 }, 0, 'give up'],
      [{ status: 429, retryAfter: '2' }, 0, 2_000],
      [{ status: 429, retryAfter: '0' }, 0, 0],
      [{ status: 503, retryAfter: '11' }, 0, 'give up'],
      // The longest wait asked for that is still waited: 10 s.
      [{ status: 503, retryAfter: '10' }, 0, 10_000],
      [{ status: 503, retryAfter: new Date(NOW + 3_000).toUTCString() }, 0, 3_000],
      [{ status: 503, retryAfter: 'soon' }, 0, 1_000],
      [{ status: 500, retryAfter: '2' }, 0, 1_000],
      [{ network: 'ECONNRESET', reusedSocket: true }, 0, 0],
      [{ network: 'ECONNRESET', reusedSocket: false }, 1, 2_000],
      [{ network: 'ETIMEDOUT', reusedSocket: false }, 0, 1_000],
      // Only a reset of a reused connection is tried again at once; a timeout on one waits.
      [{ network: 'ETIMEDOUT', reusedSocket: true }, 0, 1_000],
      [{ network: 'ENOTFOUND', reusedSocket: false }, 2, 4_000],
      [{ network: 'ECONNRESET', reusedSocket: true }, 3, 'give up'],
      [{ network: 'EPROTO', reusedSocket: false }, 0, 'give up'],
      [{ network: undefined, reusedSocket: false }, 0, 'give up'],
    ];
    for (const [outcome, retry, expected] of rows) {
      const next = nextTry(outcome, retry, BASE, NOW, 0.5);
      assert.deepEqual(next.again ? next.waitMs : 'give up', expected, `${JSON.stringify(outcome)} on retry ${retry}`);
    }
    assert.equal(MAX_RETRY_AFTER_MS, 10_000);
  });

  it('spreads waits over 0.8 to 1.2 of the exponential one, never beyond 64 s', () => {
    assert.equal(backoffMs(0, BASE, 0), 800);
    assert.equal(backoffMs(0, BASE, 0.999999).toFixed(0), '1200');
    assert.equal(backoffMs(10, BASE, 0.5), 64_000);
  });

  it('reads Retry-After only on 429 and 503, in seconds or as a date, never below 0', () => {
    assert.equal(retryAfterMs(429, '1.5', NOW), 1_500);
    assert.equal(retryAfterMs(503, new Date(NOW - 5_000).toUTCString(), NOW), 0);
    assert.equal(retryAfterMs(500, '2', NOW), undefined);
    assert.equal(retryAfterMs(429, undefined, NOW), undefined);
    assert.equal(retryAfterMs(429, ' ', NOW), undefined);
  });

  it('calls only an http(s) service URL with a host, and reads its base path with a trailing slash', () => {
    assert.deepEqual(targetOf('https://smba.trafficmanager.net/emea'), {
      origin: 'https://smba.trafficmanager.net',
      protocol: 'https:',
      host: 'smba.trafficmanager.net',
      port: '',
      basePath: '/emea/',
    });
    assert.equal((targetOf('http://[::1]:3978/local-connector/') as { host: string }).host, '::1');
    assert.equal(targetOf('not a url'), 'the service URL is not a URL');
    assert.equal(targetOf('ftp://example.com/'), 'the service URL is not http or https');
    assert.equal(targetOf(undefined), 'the service URL is not a URL');
  });

  it("reads a success's id and a failure's code, and nothing from a body that has none", () => {
    assert.equal(resourceIdOf('{"id":"1:abc"}'), '1:abc');
    for (const body of ['', ' ', 'not json', '{"id":5}', 'null', '[]']) assert.equal(resourceIdOf(body), undefined, body);
    assert.equal(errorCodeOf('{"error":{"code":"BadSyntax","message":"x"}}'), 'BadSyntax');
    assert.equal(errorCodeOf(`{"error":{"code":"${'x'.repeat(150)}"}}`)?.length, 100);
    for (const body of ['', 'null', '{"error":{}}', '<html>']) assert.equal(errorCodeOf(body), undefined, body);
  });
});
