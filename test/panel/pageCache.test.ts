// The side panel's cache, put in place of the bot's bounded cache by the page's bundle: on every
// sequence of uses it keeps, gives back and forgets what the bot's cache (on lru-cache) does, and
// the page's bundle carries it instead of the package.
import { strict as assert } from 'assert';
import { buildPanelBundle } from '../../scripts/lib/panelBundle';
import { BoundedCache as BotCache } from '../../src/domain/boundedCache';
import { BoundedCache as PageCache } from '../../src/panel/pageCache';

/** A small fixed sequence of pseudo-random numbers, the same on every run. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function compare(maxEntries: number | undefined, seed: number): void {
  const options = maxEntries === undefined ? {} : { maxEntries };
  const bot = new BotCache<string, number>(options);
  const page = new PageCache<string, number>(options);
  const next = numbers(seed);
  for (let step = 0; step < 3000; step += 1) {
    const key = `k${Math.floor(next() * 9)}`;
    const use = next();
    if (use < 0.45) assert.equal(page.get(key), bot.get(key), `get ${key} at step ${step}`);
    else if (use < 0.9) {
      page.set(key, step);
      bot.set(key, step);
    } else assert.equal(page.delete(key), bot.delete(key), `delete ${key} at step ${step}`);
    assert.equal(page.size, bot.size, `size at step ${step}`);
    assert.deepEqual([...page.keys()], [...bot.keys()], `keys in order of use at step ${step}`);
  }
}

describe("side panel: its cache, held to the bot's", () => {
  for (const maxEntries of [1, 3, 5, undefined]) {
    it(`keeps, gives back and forgets as the bot's cache does (${maxEntries ?? 'no'} limit)`, () => {
      compare(maxEntries, 7);
      compare(maxEntries, 2026);
    });
  }

  it("refuses a count that is not a whole 1 or more, as the bot's cache does", () => {
    for (const maxEntries of [0, 1.5, -2]) {
      assert.throws(() => new BotCache({ maxEntries }), RangeError);
      assert.throws(() => new PageCache({ maxEntries }), RangeError);
    }
  });

  it('is what the page bundles, not lru-cache', async function () {
    this.timeout(60_000);
    const code = (await buildPanelBundle()).code.toString('utf8');
    assert.ok(!code.includes('unsafeExposeInternals'), "lru-cache's code is in the page");
  });
});
