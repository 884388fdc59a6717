// The bounded cache (src/domain/boundedCache.ts, on lru-cache) that the connector clients, the
// in-memory state, the rendered cards and the Web Chat rate limit keep their entries in.
import { strict as assert } from 'assert';
import { BoundedCache } from '../../src/domain/boundedCache';

describe('bounded cache', () => {
  it('keeps at most its count and forgets the least recently used first', () => {
    const cache = new BoundedCache<string, number>({ maxEntries: 3 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    cache.set('d', 4);
    assert.deepEqual([...cache.keys()], ['b', 'c', 'd'], 'a was the oldest');
    assert.equal(cache.size, 3);
    assert.equal(cache.get('a'), undefined);
    assert.equal(cache.evictions, 1);
  });

  it('makes an entry the most recently used when it is read or written again', () => {
    const cache = new BoundedCache<string, number>({ maxEntries: 3 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    assert.equal(cache.get('a'), 1);
    cache.set('b', 20);
    assert.deepEqual([...cache.keys()], ['c', 'a', 'b']);
    cache.set('d', 4);
    assert.deepEqual([...cache.keys()], ['a', 'b', 'd'], 'c, neither read nor written since, went first');
    assert.equal(cache.get('b'), 20);
  });

  it('keeps the order exact when the same key is read again and again, around other reads, writes and deletes', () => {
    const cache = new BoundedCache<string, number>({ maxEntries: 3 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    assert.equal(cache.get('c'), 3);
    assert.deepEqual([...cache.keys()], ['a', 'b', 'c']);
    assert.equal(cache.get('a'), 1);
    assert.equal(cache.get('a'), 1);
    assert.deepEqual([...cache.keys()], ['b', 'c', 'a']);
    assert.equal(cache.get('b'), 2);
    assert.deepEqual([...cache.keys()], ['c', 'a', 'b']);
    assert.equal(cache.delete('b'), true);
    cache.set('d', 4);
    assert.equal(cache.get('a'), 1);
    assert.deepEqual([...cache.keys()], ['c', 'd', 'a']);
    cache.set('e', 5);
    assert.deepEqual([...cache.keys()], ['d', 'a', 'e'], 'c, the least recently used, went first');
    assert.equal(cache.delete('e'), true);
    cache.set('f', 6);
    assert.equal(cache.get('a'), 1);
    assert.deepEqual([...cache.keys()], ['d', 'f', 'a']);
  });

  it('peeks without changing the order', () => {
    const cache = new BoundedCache<string, number>({ maxEntries: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    assert.equal(cache.peek('a'), 1);
    assert.equal(cache.peek('missing'), undefined);
    cache.set('c', 3);
    assert.deepEqual([...cache.keys()], ['b', 'c'], 'a, only peeked at, was still the oldest');
  });

  it('deletes an entry without counting it as evicted', () => {
    const cache = new BoundedCache<string, number>({ maxEntries: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    assert.equal(cache.delete('a'), true);
    assert.equal(cache.delete('a'), false);
    assert.equal(cache.size, 1);
    cache.set('c', 3);
    assert.deepEqual([...cache.keys()], ['b', 'c'], 'the room freed by the delete was used');
    assert.equal(cache.evictions, 0);
  });

  it('keeps a null value apart from an absent key', () => {
    const cache = new BoundedCache<string, number | null>({ maxEntries: 2 });
    cache.set('a', null);
    cache.set('b', 2);
    assert.equal(cache.get('a'), null);
    assert.equal(cache.get('absent'), undefined);
    cache.set('c', 3);
    assert.deepEqual([...cache.keys()], ['a', 'c'], 'reading a made it the most recent');
  });

  it('forgets an entry unused for longer than the idle time, by the clock it is given', () => {
    let now = 1_000_000;
    const cache = new BoundedCache<string, number>({ idleMs: 60_000, now: () => now });
    cache.set('old', 1);
    cache.set('read', 2);
    cache.set('peeked', 3);
    now += 45_000;
    assert.equal(cache.get('read'), 2);
    assert.equal(cache.peek('peeked'), 3);
    now += 15_000;
    assert.equal(cache.get('old'), 1, 'idle exactly the idle time: still kept');
    now += 30_000;
    assert.equal(cache.peek('peeked', { idleToo: true }), 3, 'idle 90 s, still held until forgotten');
    assert.equal(cache.peek('peeked'), undefined, 'a peek is no use: idle 90 s, gone');
    assert.equal(cache.peek('peeked', { idleToo: true }), undefined, 'forgotten by the peek');
    assert.equal(cache.get('read'), 2, 'read 45 s ago');
    assert.equal(cache.evictions, 1);
    now += 61_000;
    cache.set('new', 4);
    assert.deepEqual([...cache.keys()], ['new'], 'idle entries are not listed');
    assert.deepEqual(cache.heldKeys(), ['old', 'read', 'new'], 'but held until forgotten');
    cache.forgetIdle();
    assert.deepEqual(cache.heldKeys(), ['new']);
    assert.equal(cache.evictions, 3);
    assert.equal(cache.get('read'), undefined);
  });

  it('bounds by count and idle time together', () => {
    let now = 0;
    const cache = new BoundedCache<string, number>({ maxEntries: 2, idleMs: 1_000, now: () => now });
    cache.set('a', 1);
    now += 1_200;
    cache.set('b', 2);
    assert.deepEqual([...cache.keys()], ['b'], 'a idle for 1.2 s, though there was room');
    cache.set('c', 3);
    cache.set('d', 4);
    assert.deepEqual([...cache.keys()], ['c', 'd'], 'b beyond the count');
    assert.equal(cache.evictions, 2);
  });

  it('forgets an idle entry whatever the clock reads when it is kept, 1 ms included (lru-cache takes a start of 0 for none)', () => {
    for (const start of [0, 1, 2]) {
      let now = start;
      const cache = new BoundedCache<string, number>({ idleMs: 10, now: () => now });
      cache.set('a', 1);
      now += 11;
      assert.equal(cache.get('a'), undefined, `kept at ${start} ms`);
    }
  });

  it('takes the smallest bounds (one entry, an idle time of 1 ms) and says which bound it refuses', () => {
    const one = new BoundedCache<string, number>({ maxEntries: 1 });
    one.set('a', 1);
    one.set('b', 2);
    assert.deepEqual([...one.keys()], ['b']);
    let now = 0;
    const short = new BoundedCache<string, number>({ idleMs: 1, now: () => now });
    short.set('a', 1);
    now += 2;
    assert.equal(short.get('a'), undefined);
    assert.throws(() => new BoundedCache({ maxEntries: 0 }), /room for at least one entry/);
    assert.throws(() => new BoundedCache({ idleMs: 0.5 }), /idle time of a whole 1 ms or more/);
  });

  it('reads the clock only when there is an idle time', () => {
    let reads = 0;
    const cache = new BoundedCache<string, number>({ maxEntries: 2, now: () => ++reads });
    cache.set('a', 1);
    cache.get('a');
    cache.peek('a');
    assert.equal(reads, 0);
  });

  it('tells of each entry it forgets by itself (beyond the count, or idle), never of one deleted', () => {
    let now = 0;
    const told: [string, number][] = [];
    const cache = new BoundedCache<string, number>({ maxEntries: 2, idleMs: 100, now: () => now, onForget: (key, value) => told.push([key, value]) });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    assert.deepEqual(told, [['a', 1]], 'beyond the count');
    cache.delete('b');
    assert.deepEqual(told, [['a', 1]], 'a delete is not told');
    now = 150;
    assert.equal(cache.get('c'), undefined);
    assert.deepEqual(
      told,
      [
        ['a', 1],
        ['c', 3],
      ],
      'idle, found so on a read',
    );
  });

  it('grows without bound when given no limit, and refuses a count below one', () => {
    const cache = new BoundedCache<number, number>();
    for (let i = 0; i < 1000; i += 1) cache.set(i, i);
    assert.equal(cache.size, 1000);
    assert.equal(cache.evictions, 0);
    assert.throws(() => new BoundedCache({ maxEntries: 0 }), RangeError);
    assert.throws(() => new BoundedCache({ maxEntries: 1.5 }), RangeError);
    assert.throws(() => new BoundedCache({ idleMs: Number.NaN }), RangeError);
    assert.throws(() => new BoundedCache({ idleMs: 0 }), RangeError);
  });
});
