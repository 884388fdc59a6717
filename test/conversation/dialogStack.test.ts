// The advisor keeps its state in botbuilder-dialogs' DialogState. When the stack holds only the
// advisor the bot continues it in place; any other stack goes through a DialogSet. Both must
// lead to the same conversation, and a stack shaped by someone else must survive the turn.
import { strict as assert } from 'assert';
import { MemoryStorage, StoreItems } from 'botbuilder';
import { Chat, resultOf } from '../support/chat';

const KEY = 'webchat/conversations/conversation-1/';

interface StackEntry {
  id: string;
  state: Record<string, unknown>;
}

async function stackOf(storage: MemoryStorage): Promise<StackEntry[]> {
  const items: StoreItems = await storage.read([KEY]);
  return (items[KEY] as { dialogState: { dialogStack: StackEntry[] } }).dialogState.dialogStack;
}

async function editStack(storage: MemoryStorage, edit: (stack: StackEntry[]) => void): Promise<void> {
  const items: StoreItems = await storage.read([KEY]);
  const item = items[KEY] as { dialogState: { dialogStack: StackEntry[] }; eTag?: string };
  edit(item.dialogState.dialogStack);
  await storage.write({ [KEY]: item });
}

const ANSWERS = ['global', 'microsoft', 'license', 'support', 'direct'];

describe('advisor dialog state', () => {
  it('is a one-entry dialog stack holding the answers', async () => {
    const storage = new MemoryStorage();
    const chat = new Chat({ channelId: 'webchat', storage });
    await chat.start();
    await chat.answer('global');
    const stack = await stackOf(storage);
    assert.equal(stack.length, 1);
    assert.equal(stack[0]!.id, 'advisor');
    assert.deepEqual((stack[0]!.state.flow as { answers: unknown }).answers, { cloud: 'global' });
  });

  it('continues the advisor on top of a stack another dialog shaped, and leaves that dialog in place', async () => {
    const storage = new MemoryStorage();
    const chat = new Chat({ channelId: 'webchat', storage });
    const plain = new Chat({ channelId: 'webchat', conversationId: 'plain' });
    await chat.start();
    await plain.start();
    const parent: StackEntry = { id: 'someParentDialog', state: { note: 'kept' } };
    // botbuilder-dialogs keeps the active dialog last: the parent goes beneath the advisor.
    await editStack(storage, (stack) => stack.unshift(parent));

    for (const option of ANSWERS) {
      await chat.answer(option);
      await plain.answer(option);
      // Same card as in a conversation whose stack holds only the advisor (tokens aside).
      const strip = (card: unknown): string => JSON.stringify(card).replace(/"token":"[^"]*"/g, '');
      assert.equal(strip(chat.lastCard()), strip(plain.lastCard()));
    }
    assert.deepEqual(resultOf(chat.lastCard()), { verdict: 'eligible', row: 'G1' });
    const stack = await stackOf(storage);
    assert.deepEqual(
      stack.map((e) => e.id),
      ['someParentDialog', 'advisor'],
    );
    assert.deepEqual(stack[0], parent);
  });

  it('starts afresh when the stored advisor entry has lost its state', async () => {
    const storage = new MemoryStorage();
    const chat = new Chat({ channelId: 'webchat', storage });
    await chat.start();
    await chat.answer('global');
    await editStack(storage, (stack) => {
      (stack[0] as { state: unknown }).state = 'garbage';
    });
    const replies = await chat.say('hello');
    assert.ok(replies.length > 0, 'the user gets an answer');
    assert.equal(chat.currentQuestion().id, 'cloud');
  });

  it('begins on an empty stack as a DialogSet begins it: the same stored entry, the same replies', async () => {
    // The case's random id and its step tokens aside.
    const same = (value: unknown): string => JSON.stringify(value).replace(/[0-9a-f]{8}(\.\d+)?/g, 'id');
    const inPlace = new MemoryStorage();
    const first = new Chat({ channelId: 'webchat', storage: inPlace });
    const begunInPlace = await first.start();
    // An advisor entry without state goes through the DialogSet, which begins the advisor afresh.
    const throughSet = new MemoryStorage();
    const second = new Chat({ channelId: 'webchat', storage: throughSet });
    await second.start();
    await editStack(throughSet, (stack) => {
      (stack[0] as { state: unknown }).state = 'lost';
    });
    const begunThroughSet = await second.start();
    assert.equal(same(begunInPlace.map((a) => a.attachments ?? a.text)), same(begunThroughSet.map((a) => a.attachments ?? a.text)));
    assert.equal(same(await stackOf(inPlace)), same(await stackOf(throughSet)));
  });
});
