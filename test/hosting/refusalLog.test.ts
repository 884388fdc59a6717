// Refusals in the log (src/hosting/logging/refusalLog.ts): one line each up to a rate, the rest of a
// flood counted in one line.
import { strict as assert } from 'assert';
import { RefusalLog } from '../../src/hosting/logging/refusalLog';
import { captureLogger } from '../support/inProcess';

describe('Refusal log', () => {
  it('logs refusals one by one up to the rate, then counts the rest in one line', () => {
    const { logger, lines } = captureLogger('info');
    const log = new RefusalLog(logger, 'request refused for a test', 5);
    for (let i = 0; i < 12; i += 1) log.warn({ status: 401, n: i });
    assert.deepEqual(
      lines.map((l) => l.n),
      [0, 1, 2, 3, 4],
    );
    assert.ok(lines.every((l) => l.level === 40 && l.msg === 'request refused for a test'));
    log.flush();
    assert.equal(lines.length, 6);
    assert.equal(lines[5]!.msg, 'request refused for a test (more than 5 a second: the rest counted)');
    assert.equal(lines[5]!.unlogged, 7);
    log.flush();
    assert.equal(lines.length, 6, 'nothing more to count');
  });

  it("issue 67 finding 4: writes the count by itself once the flood's second is over", async () => {
    const { logger, lines } = captureLogger('info');
    const log = new RefusalLog(logger, 'flood', 1);
    log.warn({});
    log.warn({});
    log.warn({});
    assert.equal(lines.length, 1);
    // issue 67 finding 4: waited for (the line itself is the signal), not slept for: a slow machine
    // writes it late, never not at all.
    while (lines.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(lines.length, 2);
    assert.equal(lines[1]!.unlogged, 2);
    // A new second: one by one again.
    log.warn({});
    assert.equal(lines.length, 3);
    assert.equal(lines[2]!.msg, 'flood');
  });
});
