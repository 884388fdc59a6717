// The telemetry benchmark's harness works (not a timing assertion): with a tiny load, the runs
// with telemetry off and on all complete, the "on" runs really export, and every figure is there.
import { strict as assert } from 'assert';
import { formatTelemetryTable, runTelemetryBenchmark } from '../../bench/telemetry';

describe('telemetry benchmark harness (tiny run)', function () {
  this.timeout(120_000);

  it('runs the advisor with telemetry off, off again and on, and the "on" runs export', async () => {
    const r = await runTelemetryBenchmark({
      conversations: 3,
      delivery: 'expectReplies',
      cases: 1,
      sequential: 1,
      rounds: 1,
      memoryConversations: 1,
      renders: 1,
      verbose: false,
    });
    for (const variant of ['off', 'offAgain', 'on'] as const) {
      assert.equal(r.figures[variant].completed, 3, `${variant}: every conversation reached a result`);
      assert.ok(r.figures[variant].turnsPerSecond > 0);
    }
    assert.ok(r.exports > 0, 'the sink received OTLP while telemetry was on');
    assert.ok(Number.isFinite(r.throughput.on.median) && Number.isFinite(r.cpu.offAgain.median));
    assert.match(formatTelemetryTable(r), /on \(OTLP\)/);
  });
});
