// The advisor keeps its store under one plain conversation-state property, `advisor`.
// Conversations saved while it ran on botbuilder-dialogs hold the store as the advisor's entry on
// `dialogState.dialogStack`; on their next turn they go on where they were, and the one write of
// that turn holds the store under the property and no longer the old one. Through the storages
// the bot runs on: botbuilder's MemoryStorage, the host's memory storage and Blob storage (Azurite).
import { strict as assert } from 'assert';
import { MemoryStorage, Storage, StoreItems } from 'botbuilder';
import { Chat, resultOf } from '../support/chat';
import { azurite } from '../support/azurite';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import { BlobStateStorage } from '../../src/hosting/state/blobStorage';
import { OptimisticConversationState } from '../../src/hosting/state/optimisticState';
import { AdvisorStoreProperty } from '../../src/hosting/state/conversationStores';
import { turnContextFor } from '../support/turnContext';

const KEY = 'webchat/conversations/conversation-1/';

type Item = Record<string, unknown> & { eTag?: string };

async function itemOf(storage: Storage): Promise<Item> {
  const items: StoreItems = await storage.read([KEY]);
  return items[KEY] as Item;
}

/** Rewrites the stored conversation as the botbuilder-dialogs host saved it: the store as the state of the stack's advisor entry. */
async function toDialogStackShape(storage: Storage, beneath: { id: string; state: unknown }[] = []): Promise<void> {
  const { advisor, eTag: _eTag, ...rest } = await itemOf(storage);
  assert.ok(advisor, 'the conversation has a store to move');
  await storage.write({ [KEY]: { ...rest, dialogState: { dialogStack: [...beneath, { id: 'advisor', state: advisor }] }, eTag: '*' } });
}

/** A Storage that keeps a copy of every item written to the conversation's key. */
class RecordingStorage implements Storage {
  readonly inner = new MemoryStorage();
  readonly written: Item[] = [];
  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }
  write(changes: StoreItems): Promise<void> {
    if (changes[KEY]) this.written.push(JSON.parse(JSON.stringify(changes[KEY])) as Item);
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

const ANSWERS = ['global', 'microsoft', 'license', 'support', 'direct'];

describe('advisor store in the conversation state', () => {
  it('is the `advisor` property holding the answers, with no dialog stack', async () => {
    const storage = new MemoryStorage();
    const chat = new Chat({ channelId: 'webchat', storage });
    await chat.start();
    await chat.answer('global');
    const item = await itemOf(storage);
    assert.deepEqual((item.advisor as { flow: { answers: unknown } }).flow.answers, { cloud: 'global' });
    assert.equal('dialogState' in item, false);
  });

  it('moves a conversation saved on a dialog stack in the next turn, in that turn’s one write', async () => {
    const storage = new RecordingStorage();
    const chat = new Chat({ channelId: 'webchat', storage });
    await chat.start();
    await chat.answer('global');
    // Another dialog beneath the advisor: the stack goes whole, it has no host any more.
    await toDialogStackShape(storage, [{ id: 'someParentDialog', state: { note: 'old' } }]);
    storage.written.length = 0;

    await chat.answer('microsoft');
    assert.equal(storage.written.length, 1, 'one write in the turn');
    const written = storage.written[0]!;
    assert.deepEqual((written.advisor as { flow: { answers: unknown } }).flow.answers, { cloud: 'global', channel: 'microsoft' });
    assert.equal('dialogState' in written, false, 'the old property is gone in the same write');
  });

  for (const [name, storageFor] of [
    ['botbuilder memory storage', async () => new MemoryStorage()],
    ['the host’s memory storage', async () => new InMemoryStateStorage()],
    [
      'Blob storage (Azurite)',
      async () => {
        const az = await azurite();
        const blobs = new BlobStateStorage(az.connectionString, az.container('saved-dialog-state'));
        await blobs.ensureContainer();
        return blobs;
      },
    ],
  ] as const) {
    it(`goes on with a case saved on a dialog stack to the same result: ${name}`, async function () {
      this.timeout(60_000);
      const storage: Storage = await storageFor();
      const chat = new Chat({ channelId: 'webchat', storage });
      await chat.start();
      await chat.answer(ANSWERS[0]!);
      await chat.answer(ANSWERS[1]!);
      await toDialogStackShape(storage);
      assert.ok((await itemOf(storage)).dialogState, 'saved in the old shape');

      for (const option of ANSWERS.slice(2)) await chat.answer(option);
      assert.deepEqual(resultOf(chat.lastCard()), { verdict: 'eligible', row: 'G1' });
      const item = await itemOf(storage);
      assert.deepEqual((item.advisor as { flow: { answers: unknown } }).flow.answers, {
        cloud: 'global',
        channel: 'microsoft',
        service: 'license',
        goal: 'support',
        partnerType: 'direct',
      });
      assert.equal('dialogState' in item, false);
    });
  }

  it('starts afresh when the saved advisor entry has lost its state, and drops the old stack', async () => {
    const storage = new MemoryStorage();
    const chat = new Chat({ channelId: 'webchat', storage });
    await chat.start();
    await chat.answer('global');
    const { advisor: _advisor, eTag: _eTag, ...rest } = await itemOf(storage);
    await storage.write({ [KEY]: { ...rest, dialogState: { dialogStack: [{ id: 'advisor', state: 'garbage' }] }, eTag: '*' } });
    const replies = await chat.say('hello');
    assert.ok(replies.length > 0, 'the user gets an answer');
    assert.equal(chat.currentQuestion().id, 'cloud');
    const item = await itemOf(storage);
    assert.ok(item.advisor, 'a new store');
    assert.equal('dialogState' in item, false);
  });

  describe('read without a default (feedback on a verdict, the actions’ result)', () => {
    const verdicts = [{ id: 'v1', row: 'G1' }];

    it('finds the store of a conversation saved on a dialog stack and moves it with the turn’s write', async () => {
      const storage = new MemoryStorage();
      await storage.write({ [KEY]: { dialogState: { dialogStack: [{ id: 'advisor', state: { verdicts } }] }, eTag: '*' } });
      const state = new OptimisticConversationState(storage);
      const context = turnContextFor('conversation-1');
      assert.deepEqual(await new AdvisorStoreProperty(state).read(context), { verdicts });
      await state.saveChanges(context);
      const item = await itemOf(storage);
      assert.deepEqual(item.advisor, { verdicts });
      assert.equal('dialogState' in item, false);
    });

    it('adds nothing to a conversation without a store', async () => {
      const storage = new MemoryStorage();
      await storage.write({ [KEY]: { partnerActions: { cards: {} }, eTag: '*' } });
      const state = new OptimisticConversationState(storage);
      const context = turnContextFor('conversation-1');
      assert.equal(await new AdvisorStoreProperty(state).read(context), undefined);
      assert.equal(state.isChanged(context), false);
      assert.deepEqual((await itemOf(storage)).partnerActions, { cards: {} });
    });
  });
});
