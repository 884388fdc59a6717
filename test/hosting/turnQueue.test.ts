// The per-conversation turn queue: a write handed over with holdLane does not delay the turn's
// answer, but the conversation's next turn and a graceful shutdown still wait for it.
import { strict as assert } from 'assert';
import { TurnQueue } from '../../src/hosting/turns/turnQueue';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('TurnQueue', () => {
  it("answers a turn before the write it held, and starts the conversation's next turn only after it", async () => {
    const queue = new TurnQueue();
    const write = deferred();
    const events: string[] = [];
    const first = await queue.run('c1', async (holdLane) => {
      holdLane(write.promise.then(() => void events.push('write done')));
      return 'answer';
    });
    events.push(`first ${first}`);
    const second = queue.run('c1', async () => void events.push('second ran'));
    const other = queue.run('c2', async () => void events.push('other conversation ran'));
    await other;
    await tick();
    assert.deepEqual(events, ['first answer', 'other conversation ran']);
    assert.equal(queue.size, 2, 'the held write and the waiting turn are in flight');
    write.resolve();
    await second;
    assert.deepEqual(events, ['first answer', 'other conversation ran', 'write done', 'second ran']);
    assert.equal(queue.size, 0);
  });

  it('is idle only once held writes are done, and a failed one still frees the conversation', async () => {
    const queue = new TurnQueue();
    const write = deferred();
    await queue.run('c1', async (holdLane) => holdLane(write.promise));
    let idle = false;
    const whenIdle = queue.whenIdle().then(() => (idle = true));
    await tick();
    assert.equal(idle, false);
    write.reject(new Error('storage gone'));
    await whenIdle;
    assert.equal(idle, true);
    assert.equal(await queue.run('c1', async () => 'next'), 'next');
  });
});
