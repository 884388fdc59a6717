// What the open items' store keeps beside the items (src/domain/caseIndexes.ts), from tables: an
// owner's list and a customer's invitations, the schedule's shards, the leases and the sweep; the
// store over memory and Blob storage: test/cases/caseStore.test.ts.
import { strict as assert } from 'assert';
import { openItem, OpenItem } from '../../src/domain/cases';
import {
  dueToForget,
  idsListed,
  leaseFor,
  listedItems,
  MAX_LEASE_MS,
  Scheduled,
  scheduleList,
  scheduleMoved,
  scheduleOf,
  storedItem,
  stringList,
  unscheduled,
  withNewest,
  withoutIds,
  withScheduled,
} from '../../src/domain/caseIndexes';

const T = Date.UTC(2026, 10, 25, 9);
const entry = (id: string, forgetAt = T + 1): Scheduled => ({ id, nextPollAt: T, dueAt: 0, forgetAt });
const item = (): OpenItem =>
  openItem(
    {
      kind: 'transfer',
      objectId: 'tr-1',
      customer: { tenantId: 'c', name: 'Contoso' },
      owner: { id: '29:owner' },
      locale: 'en-US',
      cardId: 'card',
      conversation: { channelId: 'msteams' },
      shared: false,
    },
    T,
    60_000,
  );

describe('Open items: the store’s indexes', () => {
  it('keeps a list newest first and bounded, an id listed once, anything not an id dropped', () => {
    const rows: [unknown, string, number, string[]][] = [
      [undefined, 'a', 3, ['a']],
      [['b', 'c'], 'a', 3, ['a', 'b', 'c']],
      [['b', 'a', 'c'], 'a', 3, ['a', 'b', 'c']],
      [['b', 'c', 'd'], 'a', 3, ['a', 'b', 'c']],
      [['b', 7, null, 'x'.repeat(301)], 'a', 5, ['a', 'b']],
      ['not a list', 'a', 2, ['a']],
    ];
    for (const [stored, id, limit, expected] of rows) assert.deepEqual(withNewest(stored, id, limit), expected, JSON.stringify(stored));
    assert.deepEqual(withoutIds(['a', 'b', 'c'], ['b', 'z']), ['a', 'c']);
    assert.deepEqual(stringList({ ids: [] }), []);
  });

  it('puts an item in its shard, moves it there, and refuses a new one once the shard is full', () => {
    const full = [entry('a'), entry('b')];
    const rows: [string, unknown, Scheduled, boolean, Scheduled[] | 'full'][] = [
      ['a new item in room', [entry('a')], entry('b'), true, [entry('a'), entry('b')]],
      ['a new item, shard full', full, entry('c'), true, 'full'],
      ['an item moved, shard full', full, { ...entry('a'), dueAt: T + 5 }, false, [entry('b'), { ...entry('a'), dueAt: T + 5 }]],
      ['a new item already there, shard full', full, entry('b'), true, [entry('a'), entry('b')]],
      ['a broken shard', [{ id: 'x' }, 'junk'], entry('a'), true, [entry('a')]],
    ];
    for (const [what, stored, e, adding, expected] of rows) assert.deepEqual(withScheduled(stored, e, adding, 2), expected, what);
    assert.deepEqual(unscheduled([entry('a'), entry('b'), entry('c')], ['a', 'c']), [entry('b')]);
    assert.deepEqual(scheduleList([entry('a'), { ...entry('b'), dueAt: 'soon' }]), [entry('a')]);
  });

  it('forgets in a sweep only what is due to be forgotten', () => {
    assert.deepEqual(dueToForget([entry('a', T - 1), entry('b', T), entry('c', T + 1)], T), ['a', 'b']);
  });

  it('writes the schedule again only when a write moved the item in it', () => {
    const before = item();
    // A transfer's first reminder: a week before its 30 days run out.
    assert.equal(scheduleOf(before).dueAt, T + 23 * 86_400_000);
    assert.equal(scheduleOf(before).nextPollAt, T + 60_000);
    assert.equal(scheduleMoved(before, { ...before, locale: 'hu-HU' }), false);
    assert.equal(scheduleMoved(before, { ...before, nextPollAt: T + 1 }), true);
    assert.equal(scheduleMoved(before, { ...before, status: 'completed', changedAt: T }), true);
  });

  it('reads an item back without the store’s eTag, and nothing that is no item', () => {
    const kept = item();
    assert.deepEqual(storedItem({ ...JSON.parse(JSON.stringify(kept)), eTag: '"1"' }), kept);
    assert.equal(storedItem({ id: 'x' }), undefined);
    assert.equal(storedItem(null), undefined);
  });

  it('gives a lease to one holder at a time, and believes no lease from a clock far ahead', () => {
    const rows: [string, Record<string, unknown> | undefined, string | { holder: string; until: number }][] = [
      ['nobody holds it', undefined, { holder: 'me', until: T + 30_000 }],
      ['another holds it', { holder: 'other', until: T + 10_000 }, 'held'],
      ['another held it until now', { holder: 'other', until: T }, { holder: 'me', until: T + 30_000 }],
      ['I hold it: renewed', { holder: 'me', until: T + 10_000 }, { holder: 'me', until: T + 30_000 }],
      ['another, from a clock ahead', { holder: 'other', until: T + MAX_LEASE_MS + 1 }, { holder: 'me', until: T + 30_000 }],
      ['another, as long as a lease may run', { holder: 'other', until: T + MAX_LEASE_MS }, 'held'],
      ['released', { holder: '', until: 0 }, { holder: 'me', until: T + 30_000 }],
      ['a broken lease', { holder: 'other', until: 'later' }, { holder: 'me', until: T + 30_000 }],
    ];
    for (const [what, current, expected] of rows) assert.deepEqual(leaseFor(current, 'me', 30_000, T), expected, what);
    assert.deepEqual(leaseFor(undefined, 'me', 10 * MAX_LEASE_MS, T), { holder: 'me', until: T + MAX_LEASE_MS });
  });

  it('reads a shard’s entry only with each of its four fields of the right type, and nothing from null', () => {
    const good = entry('a');
    const broken: unknown[] = [null, 'a', { ...good, id: 7 }, { ...good, nextPollAt: '1' }, { ...good, dueAt: null }, { ...good, forgetAt: undefined }];
    for (const bad of broken) assert.deepEqual(scheduleList([bad, good]), [good], JSON.stringify(bad) ?? String(bad));
  });

  it('keeps a listed id of 300 characters, the longest of ours', () => {
    const longest = 'i'.repeat(300);
    assert.deepEqual(stringList([longest, `${longest}x`]), [longest]);
  });

  it('writes the schedule again when only the next reminder moved, or only the day the item is forgotten', () => {
    const gdap = openItem({ ...item(), kind: 'gdapApproval', objectId: 'rel-1' }, T, 60_000);
    assert.equal(scheduleOf(gdap).dueAt, T + 7 * 86_400_000, 'a GDAP request’s first reminder: a week after it was sent');
    const quiet = { ...gdap, quiet: true };
    assert.deepEqual([scheduleOf(quiet).nextPollAt, scheduleOf(quiet).forgetAt], [scheduleOf(gdap).nextPollAt, scheduleOf(gdap).forgetAt]);
    assert.equal(scheduleMoved(gdap, quiet), true, 'its reminders silenced: only the next due time moved');
    const done = { ...item(), status: 'completed' as const, changedAt: T };
    const later = { ...done, changedAt: T + 1 };
    assert.deepEqual([scheduleOf(later).nextPollAt, scheduleOf(later).dueAt], [scheduleOf(done).nextPollAt, scheduleOf(done).dueAt]);
    assert.equal(scheduleMoved(done, later), true, 'closed a moment later: only the day it is forgotten moved');
  });

  it('reads nothing from a stored value that is no object (missing, or text)', () => {
    assert.equal(storedItem(undefined), undefined);
    assert.equal(storedItem('{"id":"x"}'), undefined);
  });

  it('lists an owner’s ids from all their keys once each, in the order first listed', () => {
    const rows: [string, Record<string, unknown>, string[]][] = [
      ['one key', { k1: { ids: ['a', 'b'] } }, ['a', 'b']],
      ['two keys sharing an id', { k1: { ids: ['a', 'b'] }, k2: { ids: ['b', 'c'] } }, ['a', 'b', 'c']],
      ['a key never written', { k1: undefined, k2: { ids: ['c'] } }, ['c']],
      ['no list in the document', { k1: { other: ['a'] } }, []],
      ['what is no id dropped', { k1: { ids: ['a', 7, null] } }, ['a']],
      ['nothing read', {}, []],
    ];
    for (const [name, docs, expected] of rows) assert.deepEqual(idsListed(docs), expected, name);
  });

  it('gives an owner’s items newest first, leaving out those forgotten since or not items', () => {
    // Items as the store keeps them, made at three times (the id is the item's own, from its object).
    const at = (objectId: string, createdAt: number): OpenItem => openItem({ ...item(), kind: 'transfer', objectId }, createdAt, 60_000);
    const made = { old: at('tr-old', T - 2), mid: at('tr-mid', T - 1), new: at('tr-new', T) };
    const stored: Record<string, unknown> = {
      old: made.old,
      mid: { ...made.mid, eTag: '"1"' },
      new: made.new,
      junk: 'text',
    };
    const rows: [string, string[], string[]][] = [
      ['listed in any order', ['old', 'new', 'mid'], ['tr-new', 'tr-mid', 'tr-old']],
      ['one forgotten since', ['old', 'gone', 'new'], ['tr-new', 'tr-old']],
      ['one no item', ['junk', 'mid'], ['tr-mid']],
      ['none', [], []],
    ];
    for (const [name, ids, expected] of rows)
      assert.deepEqual(
        listedItems(ids, (id) => stored[id]).map((i) => i.objectId),
        expected,
        name,
      );
  });
});
