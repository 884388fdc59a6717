// Access followed to active (issue 63; review of 25 November 2026, section 4 gap 1 and D6): after
// Assign access an approved GDAP item is read until every access assignment is active; a failed
// assignment, or one pending for hours, is told once each; a granular-admin-access-assignment-*
// event asks for that read. The decisions from tables, then the poller and the event path on a
// store, with a reader and a messenger that record what they are asked.
import { strict as assert } from 'assert';
import { applyChange, FollowUp, OpenItem } from '../../src/domain/cases';
import { readItem } from '../../src/domain/caseItems';
import type { AccessProgress } from '../../src/domain/accessAssignments';
import { applyAccess, followsAccess, readAccessSoon } from '../../src/domain/accessFollowUp';
import { relationshipOfResource } from '../../src/domain/partnerCenterEvents';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import { conditional } from '../../src/hosting/state/stateStorage';
import { CaseStore } from '../../src/hosting/cases/caseStore';
import { FollowUps } from '../../src/hosting/cases/followUps';
import { Poller } from '../../src/hosting/cases/poller';
import { eventDelivery } from '../../src/hosting/cases/eventDelivery';
import { captureLogger } from '../support/inProcess';
import { gdapRequestItem } from '../support/gdapItems';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const POLL = 60_000;
const REL = '0b1c2d3e-1111-4222-8333-444455556666-7a8b9c0d-1111-4222-8333-444455556666';

function gdap(status: 'waiting' | 'approved' = 'approved', access?: AccessProgress): OpenItem {
  const made = gdapRequestItem(T0, POLL, REL);
  const approved = status === 'approved' ? applyChange(made, 'approved', T0).item : made;
  return { ...approved, sent: status === 'approved' ? ['approved'] : [], ...(access ? { access } : {}) };
}

describe('Access followed to active (review 4 gap 1)', () => {
  const table: [string, OpenItem, AccessProgress, AccessProgress | undefined, FollowUp | undefined, boolean][] = [
    // why, item, read, kept access, message, still followed
    ['pending after Assign access: followed, nothing told', gdap('approved', 'pending'), 'pending', 'pending', undefined, true],
    ['an assignment in error: told once, still followed', gdap('approved', 'pending'), 'failed', 'failed', 'accessFailed', true],
    ['pending for hours: told once, still followed', gdap('approved', 'pending'), 'stuck', 'stuck', 'accessStuck', true],
    ['every assignment active: done, no longer followed', gdap('approved', 'pending'), 'active', 'active', undefined, false],
    ['every assignment removed: no longer followed', gdap('approved', 'pending'), 'none', 'none', undefined, false],
    ['failed already told: not told again', { ...gdap('approved', 'failed'), sent: ['approved', 'accessFailed'] }, 'failed', 'failed', undefined, true],
  ];
  for (const [why, item, read, kept, message, followed] of table)
    it(`review 4 gap 1: ${why}`, () => {
      const applied = applyAccess(item, read, T0 + 1000, POLL);
      const after = applied?.item ?? item;
      assert.equal(after.access, kept);
      assert.equal(applied?.followUp, message);
      assert.equal(followsAccess(after), followed);
      if (followed) assert.ok(after.nextPollAt <= T0 + 1000 + POLL, 'read again within a poll interval');
      assert.deepEqual(readItem(JSON.parse(JSON.stringify(after))), after, 'read back from the store');
    });

  it('review 4 gap 1: nothing for a request not yet approved, and seen on the card counts as told', () => {
    assert.equal(applyAccess(gdap('waiting'), 'failed', T0, POLL), undefined);
    const seen = applyAccess(gdap('approved'), 'failed', T0, POLL, true)!;
    assert.equal(seen.followUp, undefined);
    assert.ok(seen.item.sent.includes('accessFailed'));
  });

  it('D6: an assignment event names its relationship in either ResourceUri shape', () => {
    assert.equal(
      relationshipOfResource(`https://partner.microsoft.com/granularAdminRelationships/${REL}/accessAssignments/9f8e7d6c-0000-4000-8000-000000000001`),
      REL,
    );
    assert.equal(relationshipOfResource(`https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships/${REL.toUpperCase()}`), REL);
    assert.equal(relationshipOfResource('https://partner.microsoft.com/customers/9f8e7d6c-0000-4000-8000-000000000001'), undefined);
    assert.equal(relationshipOfResource('not a uri'), undefined);
  });

  it('D6: an event makes an approved item read soon, assignments made elsewhere included', () => {
    const soon = readAccessSoon({ ...gdap('approved'), nextPollAt: T0 + 30 * 86_400_000 }, T0 + 5)!;
    assert.equal(soon.access, 'pending');
    assert.equal(soon.nextPollAt, T0 + 5);
    assert.equal(readAccessSoon(gdap('waiting'), T0), undefined);
  });

  describe('review 4 gap 1: only an approved, reachable relationship’s access is followed, read again within a poll interval', () => {
    const transfer = { ...gdap('approved', 'pending'), kind: 'transfer' as const };
    const unreachable = { ...gdap('approved', 'pending'), unreachableAt: T0 };
    it('follows pending, stuck and failed access of an approved relationship, and nothing of a transfer, a request not approved or an owner out of reach', () => {
      for (const access of ['pending', 'stuck', 'failed'] as const) assert.equal(followsAccess(gdap('approved', access)), true, access);
      assert.equal(followsAccess(transfer), false, 'a transfer');
      assert.equal(followsAccess(gdap('waiting', 'pending')), false, 'not approved');
      assert.equal(followsAccess(unreachable), false, 'its owner out of reach');
    });
    it('reads nothing into a transfer, and tells an owner out of reach nothing', () => {
      assert.equal(applyAccess(transfer, 'failed', T0, POLL), undefined);
      const told = applyAccess(unreachable, 'failed', T0, POLL);
      assert.equal(told?.item.access, 'failed', 'the progress is kept');
      assert.equal(told?.followUp, undefined, 'no message');
    });
    const NOW = T0 + 1000;
    const rows: [string, number, number][] = [
      ['its next read a month away: in a poll interval', NOW + 30 * 86_400_000, NOW + POLL],
      ['its next read sooner than a poll interval: kept', NOW + 10, NOW + 10],
      ['its next read due now: in a poll interval', NOW, NOW + POLL],
      ['its next read past: in a poll interval', NOW - 5, NOW + POLL],
    ];
    for (const [why, nextPollAt, expected] of rows)
      it(`still pending, ${why}`, () => {
        const applied = applyAccess({ ...gdap('approved', 'pending'), nextPollAt }, 'pending', NOW, POLL);
        if (expected === nextPollAt) return assert.equal(applied, undefined, 'nothing changed: nothing written');
        assert.equal(applied?.item.nextPollAt, expected);
        assert.equal(applied?.followUp, undefined);
      });
    it('every assignment active: the next read left where it was', () => {
      const applied = applyAccess({ ...gdap('approved', 'pending'), nextPollAt: NOW + 30 * 86_400_000 }, 'active', NOW, POLL);
      assert.equal(applied?.item.nextPollAt, NOW + 30 * 86_400_000);
    });
    it('an event reads no transfer and nothing for an owner out of reach', () => {
      assert.equal(readAccessSoon(transfer, T0), undefined);
      assert.equal(readAccessSoon(unreachable, T0), undefined);
      assert.equal(readAccessSoon(gdap('approved', 'stuck'), T0)?.access, 'stuck', 'access already followed keeps its progress');
    });
  });

  describe('on a store: the poller and the event', () => {
    let now: number;
    let store: CaseStore;
    let sent: FollowUp[];
    let reads: AccessProgress[];
    let accessReads: number;
    let poller: Poller;
    let followUps: FollowUps;
    beforeEach(async () => {
      now = T0;
      sent = [];
      reads = [];
      accessReads = 0;
      store = new CaseStore({ storage: conditional(new InMemoryStateStorage()), shards: 1 });
      const { logger } = captureLogger();
      followUps = new FollowUps({
        store,
        logger,
        retryMs: POLL,
        now: () => now,
        messenger: { send: async (_item, f) => (sent.push(f), 'sent') },
      });
      const reader = {
        read: async () => ({ unchanged: true as const }),
        readAccess: async () => ((accessReads += 1), { progress: reads.shift() ?? 'pending' }),
      };
      poller = new Poller({ store, followUps, reader, logger, pollMs: POLL, pollsPerMinute: 100, now: () => now, instanceId: 'one' });
      await store.add(applyAccess(gdap('approved'), 'pending', now, POLL, true)!.item, ['user:test:29:owner']);
    });

    it('review 4 gap 1: pending, then error told once, then active ends the reads', async () => {
      reads = ['pending', 'failed', 'failed', 'active'];
      for (let i = 0; i < 4; i++) {
        now += POLL;
        assert.equal(await poller.tick(), 1, `round ${i + 1} reads the assignments`);
      }
      assert.deepEqual(sent, ['accessFailed'], 'the failure told once');
      const done = (await store.get(`gdapApproval:${REL}`))!;
      assert.equal(done.access, 'active');
      now += POLL;
      await poller.tick();
      assert.equal(accessReads, 4, 'active: the assignments are read no more (the relationship is, once a day)');
    });

    it('review 4 gap 1: pending for hours is told once', async () => {
      reads = ['stuck', 'stuck'];
      now += POLL;
      await poller.tick();
      now += POLL;
      await poller.tick();
      assert.deepEqual(sent, ['accessStuck']);
    });

    it('D6: a granular-admin-access-assignment-activated event has the assignments read at the next round', async () => {
      reads = ['active'];
      now += POLL;
      await poller.tick();
      assert.equal((await store.get(`gdapApproval:${REL}`))!.access, 'active');
      now += POLL;
      await poller.tick();
      assert.equal(accessReads, 1, 'no longer followed');
      const { logger } = captureLogger();
      const deliver = eventDelivery({ logger, onChange: async () => 'unknown', onAccessEvent: (id) => followUps.onAccessEvent(id) });
      const outcome = await deliver(
        {
          name: 'granular-admin-access-assignment-deleted',
          resourceUri: `https://partner.microsoft.com/granularAdminRelationships/${REL}/accessAssignments/9f8e7d6c-0000-4000-8000-000000000001`,
          resourceName: 'GranularAdminAccessAssignment',
          changedAt: new Date(now).toISOString(),
        },
        'event-1',
      );
      assert.equal(outcome, 'delivered');
      reads = ['failed'];
      assert.equal(await poller.tick(), 1, 'read at the next round');
      assert.equal(accessReads, 2);
      assert.deepEqual(sent, ['accessFailed']);
    });
  });
});
