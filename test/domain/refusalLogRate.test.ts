// Which refusals the log writes one by one (domain/refusalLogRate.ts), from tables written by hand:
// a window, a refusal's time and the budget, and what is written and what is counted.
import { strict as assert } from 'assert';
import { countDue, NO_REFUSALS, refusalAt, RefusalWindow } from '../../src/domain/refusalLogRate';

const w = (start: number, written: number, counted = 0): RefusalWindow => ({ start, written, counted });

describe('Refusal log rate: lines up to a budget a second, the rest counted', () => {
  it('writes a line while the budget lasts, counts beyond it, and starts a new budget each second', () => {
    const rows: [string, RefusalWindow, number, number, RefusalWindow, 'line' | 'counted'][] = [
      ['the first refusal ever', NO_REFUSALS, 5_000, 3, w(5_000, 1), 'line'],
      ['within the budget', w(5_000, 1), 5_400, 3, w(5_000, 2), 'line'],
      ['the last line of the budget', w(5_000, 2), 5_999, 3, w(5_000, 3), 'line'],
      ['beyond the budget, in the same second: counted', w(5_000, 3), 5_999, 3, w(5_000, 3, 1), 'counted'],
      ['counted again', w(5_000, 3, 1), 5_999, 3, w(5_000, 3, 2), 'counted'],
      ['beyond the budget in the very millisecond the window began: counted', w(5_000, 3), 5_000, 3, w(5_000, 3, 1), 'counted'],
      ['a second after the window began: a new budget, the count kept for its line', w(5_000, 3, 2), 6_000, 3, w(6_000, 1, 2), 'line'],
      ['a clock gone back: a new budget, not a silent one', w(5_000, 3), 4_000, 3, w(4_000, 1), 'line'],
      ['a budget of none counts everything', NO_REFUSALS, 5_000, 0, w(5_000, 0, 1), 'counted'],
    ];
    for (const [what, window, now, perSecond, after, write] of rows) assert.deepEqual(refusalAt(window, now, perSecond), { window: after, write }, what);
  });

  it("gives the count's line its count once, and none when nothing was counted", () => {
    assert.deepEqual(countDue(w(5_000, 3, 7)), { window: w(5_000, 3, 0), count: 7 });
    assert.deepEqual(countDue(w(5_000, 3, 0)), { window: w(5_000, 3, 0), count: 0 });
  });

  it('a flood of a hundred in one second: the budget written, the rest counted', () => {
    let window = NO_REFUSALS;
    const writes: string[] = [];
    for (let i = 0; i < 100; i += 1) {
      const step = refusalAt(window, 10_000 + i, 20);
      window = step.window;
      writes.push(step.write);
    }
    assert.equal(writes.filter((x) => x === 'line').length, 20);
    assert.deepEqual(writes.slice(0, 21), [...Array<string>(20).fill('line'), 'counted']);
    assert.equal(countDue(window).count, 80);
  });
});
