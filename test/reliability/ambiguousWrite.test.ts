// A state write that reached the storage but whose answer was lost (a reset or a timeout after the
// request went out): the turn looks at what is stored, finds its own write there, and goes on to
// deliver its replies, instead of answering 503 and leaving the channel's retry to be taken for a
// duplicate (the user would not see the next question until they wrote again). A write that did
// not land still fails the turn with 503 and changes nothing.
import { strict as assert } from 'assert';
import { Storage, StoreItems } from 'botbuilder';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import { StateStorageError } from '../../src/hosting/errors/turnErrors';
import { HttpChat } from '../support/httpChat';
import { InProcess, startInProcess } from '../support/inProcess';
import { answersState, turnContextFor } from '../support/turnContext';

/** Loses the answers of the next `lose` writes: 'after' writes first, 'before' does not write at all. */
class LosingStorage implements Storage {
  readonly inner = new InMemoryStateStorage();
  lose = 0;
  mode: 'after' | 'before' = 'after';
  /** Reads fail too while set (the storage is down, not just one answer lost). */
  down = false;

  read(keys: string[]): Promise<StoreItems> {
    if (this.down) return Promise.reject(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    if (this.lose > 0) {
      this.lose -= 1;
      if (this.mode === 'after') await this.inner.write(changes);
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    }
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

describe('A state write whose answer was lost', function () {
  this.timeout(20_000);

  it('counts as saved when the stored state is the one written, and its eTag is the stored one', async () => {
    const storage = new LosingStorage();
    const { state, answers, answeredTurn } = answersState(storage);
    const first = await answeredTurn('ambiguous-1');
    storage.lose = 1;
    assert.equal(await state.commit(first), true);
    // The same turn writes again (as Teams does with a card id): its eTag must be the stored one.
    (await answers.get(first))!.channel = 'direct';
    assert.equal(await state.commit(first), true);
    const again = turnContextFor('ambiguous-1');
    assert.deepEqual(await answers.get(again), { cloud: 'global', channel: 'direct' });
  });

  it('fails as before when the write did not land, or when the state cannot be read back', async () => {
    for (const [mode, down] of [
      ['before', false],
      ['after', true],
    ] as const) {
      const storage = new LosingStorage();
      storage.mode = mode;
      const { state, answeredTurn } = answersState(storage);
      const context = await answeredTurn(`ambiguous-${mode}`);
      storage.lose = 1;
      storage.down = down;
      await assert.rejects(state.commit(context), StateStorageError, `${mode}, storage down: ${down}`);
    }
  });

  describe('over HTTP', () => {
    let bot: InProcess;
    const storage = new LosingStorage();
    before(async () => {
      bot = await startInProcess({}, { storage });
    });
    after(async () => {
      await bot?.stop();
    });

    it('answers the turn with its replies, once, and the next answer goes on from there', async () => {
      const chat = new HttpChat(bot.base, 'ambiguous-http');
      assert.equal((await chat.post(chat.activity({ text: 'hello' }))).status, 200);
      const question = chat.currentQuestion();
      storage.lose = 1;
      const answered = await chat.post(chat.answerActivity(question.options[0]!, question));
      assert.equal(answered.status, 200);
      assert.ok(answered.replies.length > 0, 'the next question came with the answer');
      const next = chat.currentQuestion();
      assert.notEqual(next.id, question.id, 'the next question, not the same one again');
      assert.ok(!bot.lines.some((l) => l.status === 503), 'no 503');
      const flow = await chat.flow(storage);
      assert.equal(flow?.answers[question.id], question.options[0]);
    });
  });
});
