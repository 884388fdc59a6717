// The per-conversation turn queue: turns of one conversation one after the other in arrival
// order, other conversations alongside, a failed turn still freeing its conversation, and a
// graceful shutdown waiting for every turn in flight.
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
  it("starts a conversation's next turn only once its turn before is done; another conversation's at once", async () => {
    const queue = new TurnQueue();
    const turn = deferred();
    const events: string[] = [];
    const first = queue.run('c1', async () => {
      await turn.promise;
      events.push('first done');
    });
    const second = queue.run('c1', async () => void events.push('second ran'));
    const other = queue.run('c2', async () => void events.push('other conversation ran'));
    await other;
    await tick();
    assert.deepEqual(events, ['other conversation ran']);
    assert.equal(queue.size, 2, 'the running turn and the waiting one are in flight');
    turn.resolve();
    await Promise.all([first, second]);
    assert.deepEqual(events, ['other conversation ran', 'first done', 'second ran']);
    assert.equal(queue.size, 0);
  });

  it('is idle only once every turn is done, and a failed one still frees the conversation', async () => {
    const queue = new TurnQueue();
    const turn = deferred();
    const failing = queue.run('c1', () => turn.promise);
    let idle = false;
    const whenIdle = queue.whenIdle().then(() => (idle = true));
    await tick();
    assert.equal(idle, false);
    turn.reject(new Error('storage gone'));
    await assert.rejects(failing, /storage gone/);
    await whenIdle;
    assert.equal(idle, true);
    assert.equal(await queue.run('c1', async () => 'next'), 'next');
  });

  it('refuses a turn beyond the depth one conversation may have waiting', async () => {
    const queue = new TurnQueue(2);
    const turn = deferred();
    const running = [queue.run('c1', () => turn.promise), queue.run('c1', async () => undefined)];
    await assert.rejects(
      queue.run('c1', async () => undefined),
      /More than 2 turns/,
    );
    turn.resolve();
    await Promise.all(running);
  });
});
