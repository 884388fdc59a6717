// The gate asks on every Web Chat turn whether the visitor ended (finding 6 of issue 60). Asked of
// the store each time, that is a storage round trip a turn in production (Blob); the instance
// keeps a live answer for LIVE_MEMO_MS at most, and an ended one for good. What that costs is
// bounded here: a sign-out on this instance holds at once, one on another within LIVE_MEMO_MS.
import { strict as assert } from 'assert';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import { VisitorSessions } from '../../src/hosting/webchat/visitorSessions';
import { LIVE_MEMO_MS } from '../../src/conversation/webChat/visitorRules';

const LIMITS = { lifetimeMs: 12 * 3_600_000, idleMs: 4 * 3_600_000 };
const VISITOR = `dl_${'a'.repeat(43)}`;

/** The in-memory store, counting the reads of one item. */
class CountingStore extends InMemoryStateStorage {
  itemReads = 0;
  override readItem(key: string): ReturnType<InMemoryStateStorage['readItem']> {
    this.itemReads += 1;
    return super.readItem(key);
  }
}

describe('Web Chat visitor sessions: what the gate asks of the store', () => {
  it('a live visitor is read from the store once per 30 seconds, not on every turn', async () => {
    let now = Date.UTC(2026, 10, 25, 9);
    const store = new CountingStore();
    const sessions = new VisitorSessions(store, LIMITS, () => now);
    await sessions.open(VISITOR);
    const before = store.itemReads;
    for (let turn = 0; turn < 20; turn++) assert.equal(await sessions.ended(VISITOR), false, `turn ${turn}`);
    assert.equal(store.itemReads - before, 1, 'twenty turns in a moment: one read');
    now += LIVE_MEMO_MS + 1;
    assert.equal(await sessions.ended(VISITOR), false);
    assert.equal(store.itemReads - before, 2, 'after the memo: read again');
  });

  it('finding 6: a sign-out on this instance holds at once; on another, within 30 seconds', async () => {
    let now = Date.UTC(2026, 10, 25, 9);
    const store = new InMemoryStateStorage();
    const here = new VisitorSessions(store, LIMITS, () => now);
    const there = new VisitorSessions(store, LIMITS, () => now);
    await here.open(VISITOR);
    assert.equal(await here.ended(VISITOR), false, 'live here (the answer now kept here)');
    assert.equal(await there.ended(VISITOR), false, 'live there');

    await there.end(VISITOR);
    assert.equal(await there.ended(VISITOR), true, 'ended at once where it signed out');
    now += LIVE_MEMO_MS + 1;
    assert.equal(await here.ended(VISITOR), true, 'ended here once the kept answer is older than 30 seconds');

    const other = `dl_${'b'.repeat(43)}`;
    await here.open(other);
    assert.equal(await here.ended(other), false);
    await here.end(other);
    assert.equal(await here.ended(other), true, 'a sign-out here forgets the kept answer at once');
  });

  it('a kept answer never outlives the session: an idle visitor ends on time, memo or not', async () => {
    let now = Date.UTC(2026, 10, 25, 9);
    const sessions = new VisitorSessions(new InMemoryStateStorage(), { lifetimeMs: LIMITS.lifetimeMs, idleMs: 10_000 }, () => now);
    await sessions.open(VISITOR);
    assert.equal(await sessions.ended(VISITOR), false);
    now += 10_001;
    assert.equal(await sessions.ended(VISITOR), true, 'idle past its 10 seconds, within the 30 a live answer may be kept');
  });
});
