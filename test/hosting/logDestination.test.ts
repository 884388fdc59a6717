// The bounded log destination against a stand-in stdout that takes lines only when the test lets
// it: lines beyond the bound are dropped and counted, the count is reported once the backlog is down
// to half, a broken stdout drops everything without throwing, and flush() never waits longer than
// it is allowed to.
import { strict as assert } from 'assert';
import { Writable } from 'stream';
import { BoundedLogDestination } from '../../src/hosting/logging/destination';

/** A stdout whose reader takes nothing until release() (as a full pipe nobody reads). */
function stalledTarget(): { target: Writable; written: string[]; release(): void } {
  const written: string[] = [];
  const waiting: (() => void)[] = [];
  let open = false;
  const target = new Writable({
    highWaterMark: 1024,
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      const take = (): void => {
        written.push(chunk);
        callback();
      };
      if (open) setImmediate(take);
      else waiting.push(take);
    },
  });
  return {
    target,
    written,
    release: () => {
      open = true;
      for (const take of waiting.splice(0)) take();
    },
  };
}

const line = (i: number): string => `${JSON.stringify({ msg: 'x'.repeat(80), i })}\n`;

describe('Bounded log destination', () => {
  it('drops and counts what does not fit while stdout is stalled, then reports the count once', async () => {
    const { target, written, release } = stalledTarget();
    const destination = new BoundedLogDestination(target, 2_000);
    const reports: [number, number][] = [];
    destination.onDropped = (dropped, total) => reports.push([dropped, total]);
    for (let i = 0; i < 100; i += 1) destination.write(line(i));
    assert.ok(destination.backlogBytes <= 2_000, `backlog ${destination.backlogBytes}`);
    assert.ok(destination.dropped > 50, `dropped ${destination.dropped}`);
    assert.deepEqual(reports, [], 'nothing reported while stalled');
    release();
    await destination.flush(1_000);
    assert.deepEqual(reports, [[destination.dropped, destination.dropped]]);
    assert.equal(written.length + destination.dropped, 100);
  });

  it('stops writing, and never throws, once stdout fails (EPIPE)', () => {
    let writes = 0;
    const target = new Writable({
      write(_chunk, _encoding, callback) {
        writes += 1;
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const destination = new BoundedLogDestination(target);
    destination.write(line(1));
    return new Promise<void>((resolve) => {
      setImmediate(() => {
        assert.equal(destination.isBroken, true);
        destination.write(line(2));
        destination.write(line(3));
        assert.equal(writes, 1);
        assert.equal(destination.dropped, 2);
        resolve();
      });
    });
  });

  it('flush() gives up after its time allowance when stdout never takes the backlog', async () => {
    const { target } = stalledTarget();
    const destination = new BoundedLogDestination(target, 10_000);
    destination.write(line(1));
    destination.write(line(2));
    assert.ok(destination.backlogBytes > 0);
    await destination.flush(100);
    assert.ok(destination.backlogBytes > 0, 'resolved with the backlog still there');
  });
});
