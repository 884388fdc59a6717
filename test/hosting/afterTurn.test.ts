// Work that follows an effect made outside the turn's state (a hand-over told to both owners) must
// happen once even when the turn's own state write loses a race: the turn runner runs the turn
// again, and that run finds the effect made and does not ask for the work a second time. Work that
// waits for the turn's own save (afterSave) runs only for the attempt that was saved.
import { strict as assert } from 'assert';
import { TestAdapter, TurnContext } from 'botbuilder';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import { OptimisticConversationState, OptimisticUserState } from '../../src/hosting/state/optimisticState';
import { ReliableTurns } from '../../src/hosting/turns/reliableTurns';
import { afterSave, afterTurn } from '../../src/hosting/turns/afterSave';
import { captureLogger } from '../support/inProcess';

describe('work after a turn: an effect made outside the state is followed up once, whatever the state write does', () => {
  const storage = new InMemoryStateStorage();
  const conversationState = new OptimisticConversationState(storage);
  const userState = new OptimisticUserState(storage);
  const turns = new ReliableTurns({ conversationState, userState, logger: captureLogger().logger });
  const counter = conversationState.createProperty<number>('count');

  /** Effects made outside the state (as an open item's own write), by activity id. */
  const made = new Set<string>();
  let told: string[] = [];
  let saved: string[] = [];
  let attempts = 0;
  let raceOnFirstAttempt = false;

  const adapter = new TestAdapter(async (context: TurnContext) => {
    attempts += 1;
    const id = context.activity.id!;
    await counter.set(context, ((await counter.get(context, 0)) ?? 0) + 1);
    if (!made.has(id)) {
      made.add(id);
      afterTurn(context, () => told.push(id));
    }
    afterSave(context, () => saved.push(id));
    if (raceOnFirstAttempt && attempts === 1) {
      // Another instance writes this conversation between this attempt's read and its write.
      const key = conversationState.getStorageKey(context)!;
      await storage.write({ [key]: { count: 100, eTag: '*' } });
    }
    await context.sendActivity('done');
  }).use(turns);

  beforeEach(() => {
    told = [];
    saved = [];
    attempts = 0;
    raceOnFirstAttempt = false;
  });

  it('a turn run again after a lost race: told once (from the attempt that made the effect), counted saved once', async () => {
    raceOnFirstAttempt = true;
    await adapter.send({ type: 'message', id: 'raced', text: 'hand over' }).assertReply('done');
    assert.equal(attempts, 2, 'the lost race ran the turn again');
    assert.deepEqual(told, ['raced'], 'the effect made by the first attempt is followed up, though that attempt was not saved');
    assert.deepEqual(saved, ['raced'], 'work waiting for the save runs for the saved attempt only');
  });

  it('a turn without a race: told once and saved once', async () => {
    await adapter.send({ type: 'message', id: 'plain', text: 'hand over' }).assertReply('done');
    assert.equal(attempts, 1);
    assert.deepEqual(told, ['plain']);
    assert.deepEqual(saved, ['plain']);
  });

  it('outside the turn runner the work runs at once', () => {
    const context = new TurnContext(new TestAdapter(), { type: 'message', id: 'bare' });
    let ran = false;
    afterTurn(context, () => (ran = true));
    assert.ok(ran);
  });
});
