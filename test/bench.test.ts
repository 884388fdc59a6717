// The benchmark harness itself works (not a timing assertion): with a tiny load, every simulated
// conversation reaches a result card, and every figure is produced.
import { strict as assert } from 'assert';
import { formatTable, runBenchmark } from '../bench/run';

describe('benchmark harness (tiny run)', function () {
  this.timeout(120_000);

  it('drives the advisor and the echo bot over HTTP and reports every figure', async () => {
    const r = await runBenchmark({ conversations: 4, cases: 2, rounds: 1, memoryConversations: 20, renders: 5, verbose: false });
    assert.equal(r.advisor.completed, 4, 'every advisor conversation reached a result card');
    assert.equal(r.echo.completed, 4);
    assert.ok(r.advisor.turns >= 4 * 2 * 5, `advisor turns: ${r.advisor.turns}`);
    for (const value of [r.advisor.turnsPerSecond, r.echo.turnsPerSecond, r.advisor.p99, r.echo.p99, r.ratios.throughput, r.ratios.p99, r.memory.storedBytesPerConversation, r.startup.medianReadyMs, r.advisor.driverCpuMsPerTurn, r.echo.driverCpuMsPerTurn]) {
      assert.ok(Number.isFinite(value) && value > 0, `figure ${value}`);
    }
    assert.deepEqual(Object.keys(r.renderMicros).sort(), ['answered', 'change', 'help', 'language', 'notice', 'question', 'result', 'welcome']);
    assert.match(formatTable(r), /throughput ratio/);
  });
});
