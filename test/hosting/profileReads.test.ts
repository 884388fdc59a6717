// A conversation that remembers its user has no profile skips the profile's read, and stays
// right: a profile written elsewhere meanwhile makes the turn's create-only write conflict (the
// turn then runs again on a real read), and the memo is trusted only for RECHECK_MS.
import { strict as assert } from 'assert';
import { MemoryStorage, StoreItems, TestAdapter, TurnContext } from 'botbuilder';
import { OptimisticConversationState, OptimisticUserState, beginAttempt } from '../../src/hosting/state/optimisticState';
import { ProfileReads } from '../../src/hosting/turns/profileReads';
import { RECHECK_MS } from '../../src/conversation/channel/profileMemo';
import { StateConflictError } from '../../src/hosting/errors/turnErrors';

class CountingStorage extends MemoryStorage {
  readonly reads: string[] = [];
  override read(keys: string[]): Promise<StoreItems> {
    this.reads.push(...keys);
    return super.read(keys);
  }
}

describe('profile reads: a user without a profile is remembered by the conversation', () => {
  let storage: CountingStorage;
  let conversationState: OptimisticConversationState;
  let userState: OptimisticUserState;
  let now: number;
  let reads: ProfileReads;
  let seq = 0;

  const USER_KEY = 'test/users/u1/';
  const context = (): TurnContext =>
    new TurnContext(new TestAdapter(), {
      type: 'message',
      id: `a${(seq += 1)}`,
      channelId: 'test',
      conversation: { id: 'c1', isGroup: false, name: '', conversationType: 'personal' },
      from: { id: 'u1', name: '' },
      recipient: { id: 'bot', name: '' },
    });

  /** One turn's reads and (when `write`) its conversation write; the keys it read. */
  async function turn(attempt = 1, change?: (c: TurnContext) => Promise<void>): Promise<{ read: string[]; context: TurnContext }> {
    const c = context();
    beginAttempt(c, attempt);
    const before = storage.reads.length;
    const conversation = await reads.load(c, attempt);
    await change?.(c);
    conversation.turns = ((conversation.turns as number | undefined) ?? 0) + 1;
    reads.note(c, conversation);
    await userState.commit(c);
    await conversationState.commit(c);
    return { read: storage.reads.slice(before), context: c };
  }

  beforeEach(() => {
    storage = new CountingStorage();
    conversationState = new OptimisticConversationState(storage);
    userState = new OptimisticUserState(storage);
    now = 1_000_000;
    reads = new ProfileReads(conversationState, userState, true, () => now);
  });

  it('reads the profile on the first turn, and not on the next', async () => {
    const first = await turn();
    assert.ok(first.read.includes(USER_KEY), `first turn read ${first.read.join(', ')}`);
    const second = await turn();
    assert.ok(second.read.length > 0, 'the conversation was read');
    assert.ok(!second.read.includes(USER_KEY), `second turn read ${second.read.join(', ')}`);
  });

  it('reads it again once the memo is older than RECHECK_MS', async () => {
    await turn();
    now += RECHECK_MS + 1;
    const later = await turn();
    assert.ok(later.read.includes(USER_KEY));
  });

  it('a profile written elsewhere since: the create-only write conflicts, and the retried attempt reads it', async () => {
    await turn();
    await storage.write({ [USER_KEY]: { profile: { locale: 'hu-HU' }, eTag: '*' } });
    const profile = userState.createProperty<{ locale?: string }>('profile');
    await assert.rejects(
      turn(1, (c) => profile.set(c, { locale: 'pt-BR' })),
      (error: unknown) => error instanceof StateConflictError,
    );
    let seen: { locale?: string } | undefined;
    const retried = await turn(2, async (c) => {
      seen = await profile.get(c);
    });
    assert.ok(retried.read.includes(USER_KEY));
    assert.deepEqual(seen, { locale: 'hu-HU' });
  });

  it('keeps no memo when state is in memory (remember off): every turn reads both', async () => {
    reads = new ProfileReads(conversationState, userState, false, () => now);
    await turn();
    const second = await turn();
    assert.ok(second.read.includes(USER_KEY));
  });
});
