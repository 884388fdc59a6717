// The follow-ups' benchmark harness works (not a timing assertion): a tiny run starts its bot with
// the items kept, posts signed events, and every one is answered 200 and told exactly once; its
// results file has every figure.
import { strict as assert } from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';

describe('follow-ups benchmark harness (tiny run)', function () {
  this.timeout(120_000);

  it('tells every event once and reports its figures', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-followups-')), 'results.json');
    const env = { ...process.env, BENCH_ITEMS: '40', BENCH_EVENTS_PER_MINUTE: '1200', BENCH_SECONDS: '1', BENCH_OUT: out };
    const run = await promisify(execFile)(process.execPath, [path.join(__dirname, '..', 'bench', 'followUps.js')], { env });
    assert.match(run.stdout, /Follow-ups: 20 \(conversations told more than once: 0\)/);
    const results = JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>;
    assert.equal(results.events, 20);
    assert.deepEqual(results.answered, { 200: 20 });
    assert.equal(results.followUps, 20);
    const latency = results.latencyMs as Record<string, number>;
    for (const p of ['p50', 'p95', 'p99', 'max']) assert.ok(Number.isFinite(latency[p]) && latency[p]! > 0, `${p}: ${latency[p]}`);
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });
});
