// The side panel's benchmark harness works (not a timing assertion): a tiny run in Chromium
// produces every figure, every step of every language is timed, and the table names the targets.
import { strict as assert } from 'assert';
import { formatPanelTable, runPanelBenchmark } from '../bench/panel';

describe('side panel benchmark harness (tiny run)', function () {
  this.timeout(120_000);

  it('measures the bundle, the first card, the sentence and every click in each language', async () => {
    const f = await runPanelBenchmark({ loads: 1, rounds: 1 });
    assert.ok(f.bundle.bytes > 100_000 && f.bundle.servedGzipBytes > 10_000 && f.bundle.servedGzipBytes < f.bundle.bytes);
    assert.equal(f.firstCardMs.count, 1);
    assert.equal(f.firstCardFetchedMs.count, 1);
    // The heaviest language's texts, counted with the bundle.
    assert.equal(f.texts.locale, 'ru-RU');
    assert.ok(f.texts.servedGzipBytes > 1000 && f.pageServedGzipBytes === f.bundle.servedGzipBytes + f.texts.servedGzipBytes);
    assert.equal(f.sentenceToVerdictMs.count, 5, 'one sentence per language');
    // Per language: start over from the verdict, five answers, change (two clicks) and its answer, start over, an answer, back.
    assert.equal(f.stepMs.count, 5 * 12);
    assert.deepEqual(Object.keys(f.stepByKind).sort(), ['answer', 'back', 'change', 'restart']);
    for (const value of [f.firstCardMs.median, f.firstCardFetchedMs.median, f.sentenceToVerdictMs.median, f.stepMs.median, f.stepMs.max])
      assert.ok(Number.isFinite(value) && value > 0, `figure ${value}`);
    assert.match(formatPanelTable(f), /load to first card[\s\S]*≤ 500 ms[\s\S]*in Russian/);
  });
});
