// The token endpoint's request limit from tables: a fixed window of a minute per client; refused
// past the limit with the whole seconds left (at least one); a new window once the last is over;
// and the address counted is the proxy's last X-Forwarded-For entry only behind a trusted proxy.
import { strict as assert } from 'assert';
import { clientAddressOf, RequestWindow, takeFromWindow, Verdict } from '../../../src/conversation/webChat/requestLimits';

const T = Date.UTC(2026, 10, 25, 12, 0, 0);

describe('Web Chat request limits', () => {
  const rows: [string, RequestWindow | undefined, number, { window: RequestWindow; verdict: Verdict }][] = [
    ['a first request opens a window', undefined, T, { window: { start: T, count: 1 }, verdict: { allowed: true } }],
    ['counted within the window', { start: T, count: 1 }, T + 10_000, { window: { start: T, count: 2 }, verdict: { allowed: true } }],
    ['the last one allowed', { start: T, count: 2 }, T + 10_000, { window: { start: T, count: 3 }, verdict: { allowed: true } }],
    [
      'refused past the limit, 50 s left',
      { start: T, count: 3 },
      T + 10_000,
      { window: { start: T, count: 3 }, verdict: { allowed: false, retryAfterSeconds: 50 } },
    ],
    [
      'a part second left counts as one',
      { start: T, count: 3 },
      T + 59_500,
      { window: { start: T, count: 3 }, verdict: { allowed: false, retryAfterSeconds: 1 } },
    ],
    ['a new window once the minute is over', { start: T, count: 3 }, T + 60_000, { window: { start: T + 60_000, count: 1 }, verdict: { allowed: true } }],
  ];
  for (const [name, window, now, answer] of rows) it(name, () => assert.deepEqual(takeFromWindow(window, now, 3), answer));

  it('counts under the proxy’s last entry only behind a trusted proxy', () => {
    const rows: [string | string[] | undefined, string | undefined, boolean, string][] = [
      ['198.51.100.7, 203.0.113.5', '10.0.0.1', true, '203.0.113.5'],
      [['198.51.100.7', '203.0.113.5:51234'], '10.0.0.1', true, '203.0.113.5'],
      ['198.51.100.7, 203.0.113.5', '10.0.0.1', false, '10.0.0.1'],
      [undefined, '::ffff:192.0.2.9', true, '192.0.2.9'],
      [' , ', '[2001:DB8::1]:443', true, '2001:db8::1'],
      [undefined, undefined, false, 'unknown'],
    ];
    for (const [forwarded, remote, trust, address] of rows)
      assert.equal(clientAddressOf(forwarded, remote, trust), address, JSON.stringify([forwarded, remote, trust]));
  });
});
