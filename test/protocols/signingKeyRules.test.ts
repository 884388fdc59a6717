// What the HTTP entry does while the signing keys are out of reach
// (src/protocols/http/signingKeyRules.ts), from tables written by hand.
import { strict as assert } from 'assert';
import { failedUntilAfter, KeyFetches, keyFetchPlan, keysLineDue, NO_FETCH } from '../../src/protocols/http/signingKeyRules';

const NOW = 100_000;

describe('Signing keys out of reach', () => {
  it('joins the fetch in flight, refuses while a failure stands, and fetches otherwise', () => {
    const rows: [string, KeyFetches, 'join' | 'refuse' | 'fetch'][] = [
      ['nothing fetched yet', NO_FETCH, 'fetch'],
      ['a fetch in flight', { inFlight: true, failedUntil: -Infinity }, 'join'],
      ['a fetch in flight after a failure', { inFlight: true, failedUntil: NOW + 1_000 }, 'join'],
      ['a failure standing', { inFlight: false, failedUntil: NOW + 1 }, 'refuse'],
      ['a failure just over', { inFlight: false, failedUntil: NOW }, 'fetch'],
      ['a failure long over', { inFlight: false, failedUntil: NOW - 60_000 }, 'fetch'],
    ];
    for (const [what, fetches, expected] of rows) assert.equal(keyFetchPlan(fetches, NOW), expected, what);
  });

  it('remembers a failed fetch five seconds, a successful one not at all', () => {
    assert.equal(failedUntilAfter(false, NOW), NOW + 5_000);
    assert.equal(failedUntilAfter(true, NOW), -Infinity);
    assert.equal(keyFetchPlan({ inFlight: false, failedUntil: failedUntilAfter(false, NOW) }, NOW + 4_999), 'refuse');
    assert.equal(keyFetchPlan({ inFlight: false, failedUntil: failedUntilAfter(false, NOW) }, NOW + 5_000), 'fetch');
  });

  it('writes a line for want of keys at most every ten seconds', () => {
    const rows: [number, number, boolean][] = [
      [-Infinity, NOW, true],
      [NOW - 9_999, NOW, false],
      [NOW - 10_000, NOW, true],
    ];
    for (const [last, now, expected] of rows) assert.equal(keysLineDue(last, now), expected, `${last} → ${now}`);
  });
});
