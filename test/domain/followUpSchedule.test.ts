// When the follow-ups act, from tables: what the poller does with an item whose time has come
// (send again what is owed, follow an approved relationship's access then its end, leave alone
// what is closed, unreachable or an invitation naming nobody, else read its status); at most N
// reads a minute; the loops' rhythm and leases; and "Remind me again" (the last reminder once more,
// a day later) and "Stop reminding".
import { strict as assert } from 'assert';
import { openItem, OpenItem } from '../../src/domain/cases';
import { pollerLeaseMs, PollStep, pollStep, pollTickMs, remindersLeaseMs, remindsOf, sleepUntil, snoozed, takeRead } from '../../src/domain/followUpSchedule';

const S = 1000;
const MIN = 60 * S;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const NOW = T0 + 2 * DAY;

function item(kind: OpenItem['kind'], fields: Partial<OpenItem> = {}): OpenItem {
  const made = openItem(
    {
      kind,
      objectId: 'obj-1',
      customer: kind === 'resellerAcceptance' ? { tenantId: '', name: '' } : { tenantId: 'tid-1', name: 'Contoso' },
      owner: { id: '29:owner' },
      locale: 'en-US',
      cardId: 'card-1',
      conversation: {},
      shared: false,
    },
    T0,
    5 * MIN,
  );
  return { ...made, ...fields };
}

describe('Follow-up schedule', () => {
  describe('what the poller does with a due item', () => {
    const both = { status: true, access: true };
    const rows: [string, OpenItem, { status: boolean; access: boolean }, PollStep][] = [
      ['a waiting GDAP request: its status is read', item('gdapApproval'), both, { step: 'readStatus', resume: false }],
      ['a waiting transfer: its status is read', item('transfer'), both, { step: 'readStatus', resume: false }],
      ['an approval not told yet: told first', item('gdapApproval', { status: 'approved', changedAt: T0 + DAY }), both, { step: 'deliverOwed' }],
      [
        'approved and told, access pending: the assignments are read',
        item('gdapApproval', { status: 'approved', sent: ['approved'], access: 'pending' }),
        both,
        { step: 'readAccess', resume: false },
      ],
      [
        'approved and told, access active: the relationship is read',
        item('gdapApproval', { status: 'approved', sent: ['approved'], access: 'active' }),
        both,
        { step: 'readHealth', resume: false },
      ],
      [
        'access pending but no way to read it: the relationship is read',
        item('gdapApproval', { status: 'approved', sent: ['approved'], access: 'pending' }),
        { status: true, access: false },
        { step: 'readHealth', resume: false },
      ],
      [
        'an invitation naming nobody: left until its deadline (90 days)',
        item('resellerAcceptance', { objectId: 'card-1' }),
        both,
        { step: 'park', until: T0 + 90 * DAY, resume: false },
      ],
      [
        'an invitation naming its customer: looked for',
        item('resellerAcceptance', { customer: { tenantId: 'tid-9', name: '' } }),
        both,
        { step: 'readStatus', resume: false },
      ],
      [
        'a completed transfer, told: left until it is forgotten, 30 days after',
        item('transfer', { status: 'completed', sent: ['completed'], changedAt: T0 + DAY }),
        both,
        { step: 'park', until: T0 + 31 * DAY, resume: false },
      ],
      [
        'unreachable: left until it is forgotten, 30 days after its 30-day deadline',
        item('transfer', { unreachableAt: T0 + DAY }),
        both,
        { step: 'park', until: T0 + 60 * DAY, resume: false },
      ],
      [
        'a message on its way for three minutes: sent again, then the status read',
        item('gdapApproval', { sending: ['notApprovedYet'], sendingAt: NOW - 3 * MIN }),
        both,
        { step: 'readStatus', resume: true },
      ],
      [
        'a message on its way for a minute: not yet',
        item('gdapApproval', { sending: ['notApprovedYet'], sendingAt: NOW - MIN }),
        both,
        { step: 'readStatus', resume: false },
      ],
      [
        'a GDAP request whose customer was recorded with no tenant ID: still read (only an invitation waits for a name)',
        item('gdapApproval', { customer: { tenantId: '', name: '' } }),
        both,
        { step: 'readStatus', resume: false },
      ],
      [
        'no credential: still a status read (the poller says it cannot)',
        item('transfer'),
        { status: false, access: false },
        { step: 'readStatus', resume: false },
      ],
    ];
    for (const [name, due, reader, step] of rows) it(name, () => assert.deepEqual(pollStep(due, NOW, reader), step));
  });

  it('makes at most N reads in any minute', () => {
    const rows: [number[], number, number, { allowed: boolean; reads: number[] }][] = [
      [[], NOW, 2, { allowed: true, reads: [NOW] }],
      [[NOW - 10 * S], NOW, 2, { allowed: true, reads: [NOW - 10 * S, NOW] }],
      [[NOW - 20 * S, NOW - 10 * S], NOW, 2, { allowed: false, reads: [NOW - 20 * S, NOW - 10 * S] }],
      [[NOW - MIN, NOW - 10 * S], NOW, 2, { allowed: true, reads: [NOW - 10 * S, NOW] }],
      [[NOW - 2 * MIN], NOW, 1, { allowed: true, reads: [NOW] }],
    ];
    for (const [reads, now, perMinute, answer] of rows) assert.deepEqual(takeRead(reads, now, perMinute), answer, JSON.stringify(reads));
  });

  it('walks the schedule every poll interval, between 1 and 15 seconds, with a lease of three rounds, 30 s at least', () => {
    const rows: [number, number, number][] = [
      [5 * MIN, 15 * S, 45 * S],
      [5 * S, 5 * S, 30 * S],
      [100, 1 * S, 30 * S],
    ];
    for (const [pollMs, tick, lease] of rows) {
      assert.equal(pollTickMs(pollMs), tick, `tick for ${pollMs}`);
      assert.equal(pollerLeaseMs(tick), lease, `lease for ${tick}`);
    }
  });

  it('holds the reminders’ lease two sleeps, 30 s at least, never beyond the longest lease; sleeps a second at least', () => {
    assert.equal(remindersLeaseMs(MIN, 2 * MIN), 2 * MIN);
    assert.equal(remindersLeaseMs(5 * S, 2 * MIN), 30 * S);
    assert.equal(remindersLeaseMs(10 * MIN, 2 * MIN), 2 * MIN);
    assert.equal(sleepUntil(NOW + 20 * S, NOW), 20 * S);
    assert.equal(sleepUntil(NOW - 5 * S, NOW), S);
  });

  describe('"Remind me again"', () => {
    const rows: [string, OpenItem, Partial<OpenItem> | undefined][] = [
      [
        'waiting, reminded it is not approved yet: again in a day',
        item('gdapApproval', { sent: ['notApprovedYet'] }),
        { sent: [], snoozedUntil: NOW + DAY, quiet: false },
      ],
      [
        'waiting, warned it runs out: that warning again in a day',
        item('gdapApproval', { sent: ['notApprovedYet', 'expiresSoon'] }),
        { sent: ['notApprovedYet'], snoozedUntil: NOW + DAY, quiet: false },
      ],
      ['a quietened item hears again', item('transfer', { sent: ['expiresSoon'], quiet: true }), { sent: [], snoozedUntil: NOW + DAY, quiet: false }],
      [
        'approved, warned its access ends: that warning again',
        item('gdapApproval', { status: 'approved', sent: ['approved', 'endsSoon'] }),
        { sent: ['approved'], snoozedUntil: NOW + DAY, quiet: false },
      ],
      ['approved, never warned: nothing to remind of', item('gdapApproval', { status: 'approved', sent: ['approved'] }), undefined],
      ['completed: nothing to remind of', item('transfer', { status: 'completed', sent: ['completed'] }), undefined],
      ['unreachable: nothing to remind of', item('gdapApproval', { unreachableAt: T0 }), undefined],
    ];
    for (const [name, before, change] of rows) {
      it(name, () => assert.deepEqual(snoozed(before, NOW), change === undefined ? undefined : { ...before, ...change }));
    }
  });

  it('"Stop reminding" has something to stop while waiting or approved only', () => {
    const rows: [OpenItem['status'], boolean][] = [
      ['waiting', true],
      ['approved', true],
      ['accepted', false],
      ['completed', false],
      ['expired', false],
      ['terminated', false],
    ];
    for (const [status, reminds] of rows) assert.equal(remindsOf({ status }), reminds, status);
  });
});
