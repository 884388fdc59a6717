// The embedded default's state storage (src/hosting/state/memoryStorage.ts): MemoryStorage's rules
// for botbuilder's batch write, the typed conditional write (create-only, if-match, the new eTag
// or a conflict), and the stored JSON text shared with the turn's state so neither side
// serialises a state twice.
import { strict as assert } from 'assert';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import { createStorage } from '../../src/hosting/state/storage';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/hosting/app';
import { captureLogger } from '../support/inProcess';
import { StateConflictError } from '../../src/hosting/errors/turnErrors';
import { answersState, turnContextFor } from '../support/turnContext';

describe('In-memory state storage', () => {
  it('hands out a fresh copy on every read, with the eTag of the stored version', async () => {
    const storage = new InMemoryStateStorage();
    const item = { answers: { cloud: 'global' }, eTag: '*' };
    await storage.write({ k: item });
    assert.equal(typeof item.eTag, 'string');
    assert.notEqual(item.eTag, '*', 'the new eTag is written back onto the item');
    const first = (await storage.read(['k'])).k as typeof item;
    first.answers.cloud = 'changed';
    const second = (await storage.read(['k'])).k as typeof item;
    assert.deepEqual(second, { answers: { cloud: 'global' }, eTag: item.eTag });
    assert.deepEqual(await storage.read(['missing']), {});
    await storage.delete(['k']);
    assert.deepEqual(await storage.read(['k']), {});
  });

  it('writes over the eTag read, refuses a stale one or a second create, and writes a batch whole or not at all', async () => {
    const storage = new InMemoryStateStorage();
    const created = await storage.write('k', '{"n":1}', { createOnly: true });
    assert.ok('eTag' in created);
    assert.deepEqual(await storage.write('k', '{"n":2}', { createOnly: true }), { conflict: true });
    const read = (await storage.readItem('k'))!;
    assert.deepEqual([read.eTag, read.json], [created.eTag, '{"n":1}']);
    const third = await storage.write('k', '{"n":3}', { ifMatch: read.eTag });
    assert.ok('eTag' in third && third.eTag !== read.eTag);
    assert.deepEqual(await storage.write('k', '{"n":4}', { ifMatch: read.eTag }), { conflict: true }, 'a stale eTag conflicts');
    assert.deepEqual(await storage.write('absent', '{"n":4}', { ifMatch: read.eTag }), { conflict: true }, 'if-match needs the item');
    await assert.rejects(storage.write({ other: { n: 9 }, k: { n: 4, eTag: read.eTag } }), StateConflictError);
    assert.deepEqual(await storage.read(['other']), {}, 'nothing of the refused batch was written');
    await storage.write({ k: { n: 5, eTag: '*' } });
    await storage.write({ k: { n: 6 } });
    await storage.write({ gone: { n: 7, eTag: 'an-old-etag' } });
    assert.deepEqual(Object.fromEntries(Object.entries(await storage.read(['k', 'gone'])).map(([key, v]) => [key, (v as { n: number }).n])), { k: 6, gone: 7 });
  });

  it('shares the JSON text with the turn: a state is serialised once per turn, not at its read nor at its write', async () => {
    const storage = new InMemoryStateStorage();
    const { state, answers, answeredTurn } = answersState(storage);
    const first = await answeredTurn('c');
    await state.commit(first);

    const stringify = JSON.stringify;
    let calls = 0;
    JSON.stringify = ((...args: Parameters<typeof stringify>) => {
      calls += 1;
      return stringify(...args);
    }) as typeof JSON.stringify;
    let wrote: boolean;
    const second = turnContextFor('c');
    try {
      (await answers.get(second))!.channel = 'direct';
      wrote = await state.commit(second);
    } finally {
      JSON.stringify = stringify;
    }
    assert.equal(wrote, true);
    assert.equal(calls, 1, 'only commit() serialised the state, once');
    const kept = storage.items.get([...storage.items.keys()][0]!)!;
    assert.deepEqual(JSON.parse(kept.text), { answers: { cloud: 'global', channel: 'direct' } });
    const third = turnContextFor('c');
    await state.load(third);
    assert.equal(await state.commit(third), false, 'an unchanged state read afresh is not written again');
  });

  describe('bounds', () => {
    const item = (n: number): Record<string, unknown> => ({ answers: { n } });

    it('forgets the least recently used entries beyond the count, and keeps those read lately', async () => {
      const storage = new InMemoryStateStorage(new Map(), { maxEntries: 3, idleMs: Infinity });
      await storage.write({ a: item(1), b: item(2), c: item(3) });
      await storage.read(['a']);
      await storage.write({ d: item(4) });
      assert.deepEqual([...storage.items.keys()].sort(), ['a', 'c', 'd'], 'b was the least recently used');
      assert.equal(storage.evicted, 1);
      assert.deepEqual(Object.keys(await storage.read(['a', 'b', 'c', 'd'])).sort(), ['a', 'c', 'd']);
    });

    it('forgets entries idle for longer than the idle time: never read again, and forgotten when room is needed', async () => {
      let now = 1_000_000;
      const storage = new InMemoryStateStorage(new Map(), { maxEntries: 100, idleMs: 60_000 }, () => now);
      await storage.write({ old: item(1), kept: item(2) });
      now += 45_000;
      await storage.read(['kept']);
      now += 30_000;
      assert.deepEqual(Object.keys(await storage.read(['old'])), [], 'idle 75 s: gone');
      await storage.write({ fresh: item(3) });
      assert.deepEqual([...storage.items.keys()].sort(), ['fresh', 'kept'], 'read 30 s ago: still there');
      now += 61_000;
      await storage.write({ newer: item(4) });
      assert.deepEqual(Object.keys(await storage.read(['kept', 'fresh', 'newer'])), ['newer'], 'idle 61 s and more: not read');
      assert.deepEqual([...storage.items.keys()], ['newer']);
      assert.equal(storage.evicted, 3);
    });

    it('makes room for a write from idle entries when only idle ones are left', async () => {
      let now = 1_000;
      const storage = new InMemoryStateStorage(new Map(), { maxEntries: 100, idleMs: 1_000, maxBytes: 300 }, () => now);
      await storage.write('a', '{"n":1}', { createOnly: true });
      await storage.write('b', '{"n":2}', { createOnly: true });
      assert.equal(storage.bytes, 288, 'two entries of 144 bytes');
      now += 1_200;
      await storage.write('c', '{"n":3}', { createOnly: true });
      assert.equal(storage.bytes, 144, 'a and b, idle, forgotten for c');
      assert.equal(storage.evicted, 2);
      assert.deepEqual([...storage.items.keys()], ['c']);
    });

    it('counts an entry forgotten while idle out of its bytes, also when the conditional write over it fails', async () => {
      let now = 0;
      const storage = new InMemoryStateStorage(new Map(), { maxEntries: 100, idleMs: 1_000, maxBytes: 10_000 }, () => now);
      const created = await storage.write('k', '{"n":1}', { createOnly: true });
      assert.ok('eTag' in created);
      const other = await storage.write('j', '{"n":2}', { createOnly: true });
      assert.ok('eTag' in other && storage.bytes > 0);
      const both = storage.bytes;
      now += 500;
      assert.ok('eTag' in (await storage.write('j', '{"n":3}', { ifMatch: other.eTag })), 'j is written again, so used lately');
      now += 700;
      assert.deepEqual(await storage.write('k', '{"n":4}', { ifMatch: created.eTag }), { conflict: true }, 'k idle 1.2 s: gone');
      assert.deepEqual([...storage.items.keys()], ['j']);
      assert.equal(storage.bytes, both / 2, 'only j counted');
      assert.ok('eTag' in (await storage.write('k', '{"n":5}', { createOnly: true })), 'k starts over');
      assert.equal(storage.bytes, both);
    });

    it('keeps its count of bytes equal to what it holds through writes, deletes, and entries forgotten for count, idle time or bytes', async () => {
      let now = 0;
      const storage = new InMemoryStateStorage(new Map(), { maxEntries: 20, idleMs: 1_000, maxBytes: 6_000 }, () => now);
      // The cost of what is held, worked out here from the entries themselves.
      const held = (): number => [...storage.items].reduce((sum, [key, entry]) => sum + 2 * (key.length + entry.text.length) + 128, 0);
      let seed = 7;
      const next = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
      for (let step = 0; step < 2_000; step += 1) {
        const key = `conversation-${next(40)}`;
        const roll = next(10);
        now += next(60);
        if (roll < 6) await storage.write({ [key]: { text: 'x'.repeat(next(400)) } });
        else if (roll < 7) await storage.delete([key]);
        else if (roll < 9) await storage.read([key]);
        else await storage.write(key, JSON.stringify({ n: step }), { createOnly: true });
        assert.equal(storage.bytes, held(), `step ${step}`);
        assert.ok(storage.bytes <= 6_000 + 2 * (key.length + 420) + 128, 'within the bytes, but for the entry just written');
      }
      assert.ok(storage.evicted > 0, 'some entries were forgotten on the way');
    });

    it('writes a forgotten entry again whatever eTag the turn read (the conversation starts over)', async () => {
      let now = 0;
      const storage = new InMemoryStateStorage(new Map(), { maxEntries: 100, idleMs: 1_000 }, () => now);
      const state = item(1);
      await storage.write({ k: state });
      now += 2_000;
      await storage.write({ k: { ...state, answers: { n: 2 } } });
      assert.deepEqual(((await storage.read(['k'])).k as { answers: unknown }).answers, { n: 2 });
    });

    it('is bounded in the app by MEMORY_STATE_MAX_ENTRIES, MEMORY_STATE_IDLE_MINUTES, MEMORY_STATE_MAX_BYTES and STATE_MAX_ENTRY_BYTES', () => {
      const storage = createStorage(
        loadConfig({ MEMORY_STATE_MAX_ENTRIES: '500', MEMORY_STATE_IDLE_MINUTES: '30', MEMORY_STATE_MAX_BYTES: '2097152', STATE_MAX_ENTRY_BYTES: '65536' }),
      );
      assert.ok(storage instanceof InMemoryStateStorage);
      assert.deepEqual(storage.limits, { maxEntries: 500, idleMs: 30 * 60_000, maxBytes: 2_097_152, maxEntryBytes: 65_536 });
    });

    it('never forgets an open item (a `cases/` key) for idleness or count, while conversations go', async () => {
      let now = 1_000_000;
      const storage = new InMemoryStateStorage(new Map(), { maxEntries: 2, idleMs: 60_000 }, () => now);
      await storage.write('cases/item/a', JSON.stringify({ n: 1 }), { createOnly: true });
      await storage.write({ conv1: item(1), conv2: item(2), conv3: item(3) });
      assert.deepEqual(Object.keys(await storage.read(['conv1'])), [], 'beyond the count: the oldest conversation went');
      now += 120_000;
      assert.deepEqual(Object.keys(await storage.read(['conv2', 'conv3'])), [], 'idle two minutes: the conversations went');
      assert.equal((await storage.readItem('cases/item/a'))?.state.n, 1, 'the open item is still there');
    });

    it('keeps the open items in the state store itself in the app, not in a second store', async () => {
      const app = createApp(loadConfig({}), { logger: captureLogger('info').logger });
      assert.ok(app.storage instanceof InMemoryStateStorage);
      assert.equal(await app.storage.readItem('cases/lease/probe'), undefined);
      assert.ok(await app.cases.store.lease('probe', 'instance-1', 60_000, Date.now()), 'the lease was taken');
      assert.ok(await app.storage.readItem('cases/lease/probe'), "the case store wrote into the app's state store");
    });
  });
});
