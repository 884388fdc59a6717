// The events inbox's policy from tables, as docs/actions.md states it: a failed delivery is tried
// again later, twice as long each time and at most a day apart, and given up after ten tries; a
// delivered id is remembered 30 days (the period Partner Center's audit records are read for).
import { strict as assert } from 'assert';
import {
  afterFailure,
  DELIVERY_ATTEMPTS,
  dueWaiting,
  INBOX_LIMIT,
  inboxShardOf,
  rememberDelivered,
  retriedLater,
  SEEN_DAYS,
  SEEN_LIMIT,
  seenMap,
  waitingList,
  withoutWaiting,
  withWaiting,
} from '../../src/domain/eventInboxPolicy';
import type { PartnerCenterEvent } from '../../src/domain/partnerCenterEvents';

const T = Date.UTC(2026, 10, 25, 12, 0, 0);
const S = 1000;
const DAY = 86_400_000;

describe('Events inbox policy', () => {
  it('gives up after ten tries and remembers ids for thirty days', () => {
    assert.equal(DELIVERY_ATTEMPTS, 10);
    assert.equal(SEEN_DAYS, 30);
  });

  describe('after a failed delivery', () => {
    const rows: [number, number, ReturnType<typeof afterFailure>][] = [
      // tries before, retry wait, answer
      [0, 30 * S, { tries: 1, nextAt: T + 60 * S }],
      [1, 30 * S, { tries: 2, nextAt: T + 120 * S }],
      [2, 30 * S, { tries: 3, nextAt: T + 240 * S }],
      [5, 30 * S, { tries: 6, nextAt: T + 32 * 60 * S }],
      [0, 1 * S, { tries: 1, nextAt: T + 2 * S }],
      // Never more than a day apart.
      [8, 10 * 60 * S, { tries: 9, nextAt: T + DAY }],
      // The tenth failure is the last.
      [9, 30 * S, { giveUp: true, tries: 10 }],
      [12, 30 * S, { giveUp: true, tries: 13 }],
    ];
    for (const [before, retryMs, answer] of rows) {
      it(`${before} tries before, ${retryMs / S} s: ${JSON.stringify(answer)}`, () => assert.deepEqual(afterFailure(before, T, retryMs), answer));
    }

    it('waits a minute after the first failure unless the deployment says otherwise', () => {
      assert.deepEqual(afterFailure(0, T), { tries: 1, nextAt: T + 60 * S });
    });
  });

  describe('remembering delivered ids', () => {
    it('adds the id with when it was delivered', () => {
      assert.deepEqual(rememberDelivered({ a: T - DAY }, 'b', T), { a: T - DAY, b: T });
    });

    it('forgets ids delivered thirty days ago or more', () => {
      const seen = { old: T - 30 * DAY, younger: T - 30 * DAY + 1 };
      assert.deepEqual(rememberDelivered(seen, 'new', T), { younger: T - 30 * DAY + 1, new: T });
    });

    it('moves an id delivered again to the end, with its new time', () => {
      assert.deepEqual(Object.entries(rememberDelivered({ a: T - 2, b: T - 1 }, 'a', T)), [
        ['b', T - 1],
        ['a', T],
      ]);
    });

    it('keeps the newest ids when there are too many, the one just delivered among them', () => {
      const seen = Object.fromEntries(Array.from({ length: SEEN_LIMIT }, (_, n) => [`id-${n}`, T - SEEN_LIMIT + n]));
      const kept = rememberDelivered(seen, 'latest', T);
      assert.equal(Object.keys(kept).length, SEEN_LIMIT);
      assert.equal(kept['id-0'], undefined, 'the oldest went');
      assert.equal(kept['id-1'], T - SEEN_LIMIT + 1);
      assert.equal(kept.latest, T);
    });
  });

  describe("the inbox's documents", () => {
    const event = (n: number): PartnerCenterEvent => ({
      name: 'granular-admin-relationship-approved',
      resourceUri: `https://api.partnercenter.microsoft.com/granularAdminRelationships/${n}`,
      resourceName: 'GranularAdminRelationship',
      changedAt: new Date(T - n * S).toISOString(),
    });
    /** A document as the store gives it back: written as JSON, read as JSON. */
    const stored = (list: unknown): unknown => JSON.parse(JSON.stringify(list));
    const keep = (doc: unknown, id: string, n: number, at = T): unknown => {
      const next = withWaiting(doc, id, event(n), at);
      assert.ok(Array.isArray(next), `${id} kept`);
      return stored(next);
    };

    it('keeps every waiting event readable through every later write of its shard', () => {
      let doc = keep(undefined, 'a', 1);
      doc = keep(doc, 'b', 2, T + S);
      doc = stored(retriedLater(doc, 'a', { tries: 1, nextAt: T + 60 * S }));
      doc = keep(doc, 'c', 3, T + 2 * S);
      doc = stored(withoutWaiting(doc, 'b'));
      const read = waitingList(doc);
      assert.deepEqual(
        read.map((w) => [w.id, w.event.resourceUri, w.tries, w.nextAt]),
        [
          ['a', event(1).resourceUri, 1, T + 60 * S],
          ['c', event(3).resourceUri, 0, T + 2 * S],
        ],
      );
      assert.deepEqual(read[0]!.event, event(1));
    });

    it('keeps an event once whatever its copies, and refuses one more in a full shard', () => {
      const doc = keep(undefined, 'a', 1);
      assert.equal(withWaiting(doc, 'a', event(1), T + S), 'kept');
      let full: unknown = [];
      for (let i = 0; i < INBOX_LIMIT; i++) full = keep(full, `id-${i}`, i);
      assert.equal(withWaiting(full, 'one-more', event(1), T), 'full');
      assert.equal(withWaiting(full, 'id-3', event(3), T), 'kept');
    });

    it('delivers what is due, or the one event named; drops what it cannot read', () => {
      let doc = keep(undefined, 'a', 1, T);
      doc = keep(doc, 'b', 2, T + 10 * S);
      doc = stored([...(doc as unknown[]), { id: 'x', event: { EventName: 'nope' }, receivedAt: 0, tries: 0, nextAt: 0 }, 'junk']);
      const rows: [number, string | undefined, string[]][] = [
        [T - 1, undefined, []],
        [T, undefined, ['a']],
        [T + 10 * S, undefined, ['a', 'b']],
        [T - 1, 'b', ['b']],
        [T, 'x', []],
      ];
      for (const [now, only, ids] of rows)
        assert.deepEqual(
          dueWaiting(doc, now, only).map((w) => w.id),
          ids,
          `${now - T} ${only}`,
        );
    });

    it('reads the ids seen as times only, and shards by the id', () => {
      assert.deepEqual(seenMap({ a: 1, b: 'x', c: null }), { a: 1 });
      assert.deepEqual(seenMap('x'), {});
      assert.equal(inboxShardOf('00000009'), 1);
      assert.equal(inboxShardOf('ffffffff'), 7);
      assert.equal(inboxShardOf('not hex'), 0);
    });
  });
});
