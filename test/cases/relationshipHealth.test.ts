// Relationships kept healthy (issue 63; review of 25 November 2026, section 4 gap 3): an approved
// GDAP relationship is read once a day until it ends; one reminder comes 30 days before an end that
// auto-extend does not push back, offering auto-extend unless the relationship holds Global
// Administrator (Microsoft's rule); a termination found by the read is told. Tables, then the
// poller and the reminders on a store, and the reminder's card in five languages.
import { strict as assert } from 'assert';
import { applyChange, dueFollowUp, FollowUp, forgetAt, nextDueAt, OpenItem } from '../../src/domain/cases';
import { readItem } from '../../src/domain/caseItems';
import { autoExtendedOn, autoExtendOffer, ENDS_SOON_DAYS, relationshipEnd, withEnd } from '../../src/domain/relationshipHealth';
import { GLOBAL_ADMINISTRATOR_ROLE_ID } from '../../src/domain/actions';
import { followUpCard } from '../../src/conversation/followUps/followUpCards';
import { LOCALES } from '../../src/domain/locales';
import { catalogFor } from '../../src/domain/textCatalog';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import { conditional } from '../../src/hosting/state/stateStorage';
import { CaseStore } from '../../src/hosting/cases/caseStore';
import { FollowUps } from '../../src/hosting/cases/followUps';
import { Poller } from '../../src/hosting/cases/poller';
import { Reminders } from '../../src/hosting/cases/reminders';
import type { StatusRead } from '../../src/hosting/cases/statusReader';
import { captureLogger } from '../support/inProcess';
import { buttonsOf } from '../support/chat';
import { gdapRequestItem } from '../support/gdapItems';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const POLL = 60_000;
const HELPDESK = '729827e3-9c14-49f7-bb1b-9608f156bbb8';

function approved(): OpenItem {
  const made = gdapRequestItem(T0, POLL);
  return { ...applyChange(made, 'approved', T0).item, sent: ['approved'] };
}

describe('Relationships kept healthy (review 4 gap 3)', () => {
  const ends = new Date(T0 + 60 * DAY).toISOString();
  const table: [string, Parameters<typeof relationshipEnd>[0], boolean, ReturnType<typeof autoExtendOffer>][] = [
    ['no autoExtendDuration: ends, auto-extend offered', { endDateTime: ends, roleDefinitionIds: [HELPDESK] }, false, 'offer'],
    ['PT0S: ends, offered', { endDateTime: ends, autoExtendDuration: 'PT0S', roleDefinitionIds: [HELPDESK] }, false, 'offer'],
    ['P0D: ends, offered', { endDateTime: ends, autoExtendDuration: 'P0D', roleDefinitionIds: [HELPDESK] }, false, 'offer'],
    ['P180D: extends itself', { endDateTime: ends, autoExtendDuration: 'P180D', roleDefinitionIds: [HELPDESK] }, true, 'already'],
    [
      'with Global Administrator: not offered',
      { endDateTime: ends, roleDefinitionIds: [HELPDESK, GLOBAL_ADMINISTRATOR_ROLE_ID] },
      false,
      'globalAdministrator',
    ],
  ];
  for (const [why, graph, extends_, offer] of table)
    it(`review 4 gap 3: ${why}`, () => {
      const end = relationshipEnd(graph);
      assert.equal(end.endsAt, T0 + 60 * DAY);
      assert.equal(end.autoExtends, extends_);
      assert.equal(autoExtendOffer(end), offer);
      const kept = withEnd(approved(), end)!;
      assert.deepEqual(readItem(JSON.parse(JSON.stringify(kept))), kept, 'read back from the store');
      const due = dueFollowUp(kept, T0 + (60 - ENDS_SOON_DAYS) * DAY);
      assert.equal(due?.followUp, extends_ ? undefined : 'endsSoon', 'a reminder only when it does not extend itself');
      if (due) {
        assert.equal(dueFollowUp(kept, T0 + (60 - ENDS_SOON_DAYS) * DAY - 1), undefined, 'not before 30 days ahead');
        assert.equal(dueFollowUp(due.item, T0 + (60 - ENDS_SOON_DAYS + 1) * DAY), undefined, 'once');
        assert.equal(nextDueAt(kept), T0 + (60 - ENDS_SOON_DAYS) * DAY);
      }
      assert.ok(forgetAt(kept) > T0 + 60 * DAY, 'kept until past its end');
    });

  for (const locale of LOCALES)
    it(`review 4 gap 3: ${locale}: the reminder names the end and the way to keep it, or why auto-extend is not open`, () => {
      const c = catalogFor(locale);
      const view = {
        followUp: 'endsSoon' as const,
        kind: 'gdapApproval' as const,
        itemId: 'gdapApproval:rel-1',
        customer: { tenantId: '', name: 'Contoso' },
        createdAt: T0,
        deadline: T0 + 60 * DAY,
        now: T0 + 30 * DAY,
      };
      const offer = JSON.stringify(followUpCard({ ...view, autoExtend: 'offer' }, c, locale).card);
      const refused = JSON.stringify(followUpCard({ ...view, autoExtend: 'globalAdministrator' }, c, locale).card);
      assert.ok(offer.includes(JSON.stringify(c.followUps.texts.gdapEndsSoon.split('{')[0]!).slice(1, -1)));
      assert.ok(refused.includes(JSON.stringify(c.followUps.texts.gdapEndsSoonGlobalAdministrator.split('{')[0]!).slice(1, -1)));
      assert.notEqual(offer, refused);
      assert.doesNotMatch(offer + refused, /\{(customer|when|deadline)\}/);
    });

  it('issue 63: auto-extend turned on from a card stops the reminder before the end; only an approved relationship is changed', () => {
    const kept = { ...approved(), endsAt: T0 + 60 * DAY, autoExtends: false, globalAdministrator: false };
    assert.equal(dueFollowUp(kept, T0 + 31 * DAY)?.followUp, 'endsSoon', 'due, before');
    const on = autoExtendedOn(kept)!;
    assert.equal(on.autoExtends, true);
    assert.equal(dueFollowUp(on, T0 + 31 * DAY), undefined, 'no reminder once it extends itself');
    assert.equal(autoExtendedOn(on), undefined, 'nothing to write twice');
    assert.equal(autoExtendedOn({ ...kept, status: 'terminated' }), undefined, 'an ended relationship stays as it is');
  });

  for (const locale of LOCALES)
    it(`issue 63: ${locale}: the reminder before the end offers Turn on auto-extend where Microsoft allows it; with Global Administrator, only Request GDAP`, () => {
      const c = catalogFor(locale);
      const view = {
        followUp: 'endsSoon' as const,
        kind: 'gdapApproval' as const,
        itemId: 'gdapApproval:rel-1',
        customer: { tenantId: '', name: 'Contoso' },
        createdAt: T0,
        deadline: T0 + 60 * DAY,
        now: T0 + 30 * DAY,
      };
      const titles = (autoExtend: 'offer' | 'globalAdministrator') => buttonsOf(followUpCard({ ...view, autoExtend }, c, locale).card).map((a) => a.title);
      assert.deepEqual(titles('offer'), [c.actions.buttons.autoExtend, c.actions.names.requestGdap]);
      assert.deepEqual(titles('globalAdministrator'), [c.actions.names.requestGdap]);
    });

  describe('on a store: the daily read and the reminder', () => {
    let now: number;
    let sent: FollowUp[];
    let reads: StatusRead[];
    let store: CaseStore;
    let poller: Poller;
    let reminders: Reminders;
    beforeEach(async () => {
      now = T0 + DAY;
      sent = [];
      reads = [];
      store = new CaseStore({ storage: conditional(new InMemoryStateStorage()), shards: 1 });
      const { logger } = captureLogger();
      const followUps = new FollowUps({ store, logger, retryMs: POLL, now: () => now, messenger: { send: async (_i, f) => (sent.push(f), 'sent') } });
      const reader = { read: async (): Promise<StatusRead> => reads.shift() ?? { unchanged: true } };
      poller = new Poller({ store, followUps, reader, logger, pollMs: POLL, pollsPerMinute: 100, now: () => now, instanceId: 'one' });
      reminders = new Reminders({ store, followUps, logger, now: () => now, instanceId: 'one' });
      await store.add({ ...approved(), nextPollAt: now }, ['user:test:29:owner']);
    });

    it('review 4 gap 3: the read keeps the end, the reminder comes 30 days before it, once; read again a day later', async () => {
      reads = [{ change: 'approved', end: { endsAt: T0 + 60 * DAY, autoExtends: false, globalAdministrator: false } }];
      assert.equal(await poller.tick(), 1);
      assert.equal((await store.get('gdapApproval:rel-1'))!.endsAt, T0 + 60 * DAY);
      assert.equal(await poller.tick(), 0, 'not again the same day');
      now = T0 + (60 - ENDS_SOON_DAYS) * DAY;
      await reminders.tick();
      await reminders.tick();
      assert.deepEqual(sent, ['endsSoon']);
      assert.equal(await poller.tick(), 1, 'read again a day later');
    });

    it('review 4 gap 3: a read before Graph gives the end is made again at the next poll, not a day later, and the end then read is kept', async () => {
      reads = [{ change: 'approved' }, { change: 'approved', end: { endsAt: T0 + 20 * DAY, autoExtends: false, globalAdministrator: false } }];
      assert.equal(await poller.tick(), 1);
      assert.equal((await store.get('gdapApproval:rel-1'))!.endsAt, undefined);
      assert.equal(await poller.tick(), 0, 'not within the same poll');
      now += POLL;
      assert.equal(await poller.tick(), 1, 'read again at the next poll');
      assert.equal((await store.get('gdapApproval:rel-1'))!.endsAt, T0 + 20 * DAY);
      now += POLL;
      assert.equal(await poller.tick(), 0, 'the end known: the next read is a day away');
    });

    it('review 4 gap 3: the customer ended it: the read finds it terminated and says so', async () => {
      reads = [{ change: 'terminated' }];
      assert.equal(await poller.tick(), 1);
      assert.deepEqual(sent, ['terminated']);
      assert.equal((await store.get('gdapApproval:rel-1'))!.status, 'terminated');
    });
  });
});
