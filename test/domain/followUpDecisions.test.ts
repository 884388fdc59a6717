// Which follow-up a change, an access read or the clock earns, and whether an expiry stands, from
// tables. The follow-up review (D12) asks that the status be read once more before any expiry
// message, and that the object's own expirationTime be used when Partner Center gives one; a read
// that keeps failing lets the expiry stand after five tries; an invitation has nothing to read.
import { strict as assert } from 'assert';
import { claim, dueFollowUp, openItem, OpenItem } from '../../src/domain/cases';
import {
  acceptedInvitations,
  afterDelivery,
  applyAccessRead,
  applyReport,
  claimDue,
  EXPIRY_READS,
  ExpiryRead,
  expiryAfterRead,
  givenUp,
  readsBeforeExpiry,
} from '../../src/domain/followUpDecisions';

const MIN = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);

function item(kind: OpenItem['kind'], fields: Partial<OpenItem> = {}): OpenItem {
  const made = openItem(
    {
      kind,
      objectId: 'obj-1',
      customer: { tenantId: kind === 'resellerAcceptance' ? '' : 'tid-1', name: '', ...(kind === 'resellerAcceptance' ? { domain: 'contoso.com' } : {}) },
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

describe('Follow-up decisions', () => {
  describe('a reported change', () => {
    it('an approval: approved, and its message claimed in the same write', () => {
      const applied = applyReport(item('gdapApproval'), 'approved', T0 + DAY, T0 + DAY);
      assert.equal(applied.earned, 'approved');
      assert.equal(applied.write?.status, 'approved');
      assert.deepEqual(applied.write?.sent, ['approved']);
      assert.deepEqual(applied.write?.sending, ['approved']);
    });

    it('the same approval again: nothing to write, nothing told', () => {
      const once = applyReport(item('gdapApproval'), 'approved', T0 + DAY, T0 + DAY).write!;
      assert.deepEqual(applyReport(once, 'approved', T0 + 2 * DAY, T0 + DAY), {});
    });

    it('a change older than the one applied last: stale, nothing written', () => {
      const approved = applyReport(item('gdapApproval'), 'approved', T0 + DAY, T0 + DAY).write!;
      assert.deepEqual(applyReport(approved, 'terminated', T0 + 2 * DAY, T0 + DAY - MIN), { stale: true });
    });

    it('a change that means nothing for the kind (a transfer approved): nothing', () => {
      assert.deepEqual(applyReport(item('transfer'), 'approved', T0 + DAY, T0 + DAY), {});
    });

    it('an acceptance keeps who accepted; another kind never takes a customer from a report', () => {
      const who = { tenantId: 'tid-accepted', name: 'Contoso', domain: 'contoso.com' };
      assert.deepEqual(applyReport(item('resellerAcceptance'), 'accepted', T0 + DAY, T0 + DAY, who).write?.customer, who);
      assert.equal(applyReport(item('gdapApproval'), 'approved', T0 + DAY, T0 + DAY, who).write?.customer.tenantId, 'tid-1');
    });
  });

  describe('an access read', () => {
    const approved = item('gdapApproval', { status: 'approved', sent: ['approved'], access: 'pending' });
    it('an assignment in error is told once', () => {
      const applied = applyAccessRead(approved, 'failed', T0 + DAY, 5 * MIN);
      assert.equal(applied.earned, 'accessFailed');
      assert.deepEqual(applyAccessRead(applied.write!, 'failed', T0 + DAY + MIN, 5 * MIN).earned, undefined);
    });
    it('a read that moves the access on without a message: the new progress written, nothing told', () => {
      const applied = applyAccessRead(approved, 'active', T0 + DAY, 5 * MIN);
      assert.equal(applied.earned, undefined);
      assert.equal(applied.write?.access, 'active');
      assert.deepEqual(applied.write?.sent, ['approved']);
    });
    it('a waiting item has no access to follow', () => assert.deepEqual(applyAccessRead(item('gdapApproval'), 'active', T0, 5 * MIN), {}));
  });

  describe('what the clock makes due', () => {
    const rows: [string, OpenItem, number, string | undefined][] = [
      ['a GDAP request a week old: not approved yet', item('gdapApproval'), T0 + 7 * DAY, 'notApprovedYet'],
      ['six days old: nothing', item('gdapApproval'), T0 + 6 * DAY, undefined],
      ['a transfer a week before its 30 days: runs out soon', item('transfer'), T0 + 23 * DAY, 'expiresSoon'],
      ['a transfer at its 30 days: expired', item('transfer', { sent: ['expiresSoon'] }), T0 + 30 * DAY, 'expired'],
      ['messages failed five times: nothing more', item('gdapApproval', { sendFailures: 5 }), T0 + 7 * DAY, undefined],
    ];
    for (const [name, due, now, earned] of rows) it(name, () => assert.equal(claimDue(due, now).earned, earned));
  });

  describe('before an expiry is declared', () => {
    const rows: [string, OpenItem, number, boolean][] = [
      ['a transfer at its deadline: read once more', item('transfer', { sent: ['expiresSoon'] }), T0 + 30 * DAY, true],
      ['a GDAP request at its 90 days: read once more', item('gdapApproval', { sent: ['notApprovedYet', 'expiresSoon'] }), T0 + 90 * DAY, true],
      ['before the deadline: nothing to read', item('transfer', { sent: ['expiresSoon'] }), T0 + 29 * DAY, false],
      ['an invitation: nothing to read', item('resellerAcceptance'), T0 + 90 * DAY, false],
      // At an expiry that is due (checked below): only the failures say no.
      ['messages failed too often, at the deadline: nothing to read', item('transfer', { sent: ['expiresSoon'], sendFailures: 5 }), T0 + 30 * DAY, false],
    ];
    for (const [name, due, now, reads] of rows) it(name, () => assert.equal(readsBeforeExpiry(due, now), reads));
    it('the failing transfer above is at its expiry', () => {
      assert.equal(dueFollowUp(item('transfer', { sent: ['expiresSoon'] }), T0 + 30 * DAY)?.followUp, 'expired');
    });

    const at = T0 + 30 * DAY;
    const retry = 5 * MIN;
    const decisions: [string, Partial<OpenItem>, ExpiryRead, ReturnType<typeof expiryAfterRead>][] = [
      ['Partner Center says completed: told as completed', {}, { change: 'completed' }, { change: 'completed' }],
      ['still active: looked at again after the retry interval', {}, { unchanged: true }, { postponeTo: at + retry }],
      ['still active, the second time: twice as long', { expiryChecks: 1 }, { unchanged: true }, { postponeTo: at + 2 * retry }],
      ['still active, with its own end in three days: a minute after it', {}, { unchanged: true, until: at + 3 * DAY }, { postponeTo: at + 3 * DAY + MIN }],
      ['its own end already past: the retry interval', {}, { unchanged: true, until: at - DAY }, { postponeTo: at + retry }],
      ['the read failed: looked at again', {}, { failure: 'unavailable' }, { postponeTo: at + retry }],
      ['the read failed for the fifth time: expired', { expiryChecks: EXPIRY_READS - 1 }, { failure: 'unavailable' }, { expire: true }],
      ['nothing can be read: expired', {}, { unreadable: true }, { expire: true }],
    ];
    for (const [name, fields, read, decision] of decisions) {
      it(name, () => assert.deepEqual(expiryAfterRead(item('transfer', fields), read, at, retry), decision));
    }

    it('gives a failing read five tries', () => assert.equal(EXPIRY_READS, 5));
  });

  describe("a claimed follow-up's delivery", () => {
    const claimed = claim(item('gdapApproval', { status: 'approved', sendFailures: 2 }), 'approved', T0);
    const rows: [string, OpenItem, 'sent' | 'unreachable' | 'retry', Partial<OpenItem> | undefined][] = [
      [
        'sent: confirmed, its failures forgotten',
        claimed,
        'sent',
        { sent: ['approved'], sending: undefined, sendFailures: undefined, unreachableAt: undefined },
      ],
      ['unreachable: marked, left claimed', claimed, 'unreachable', { sent: ['approved'], sending: undefined, unreachableAt: T0 + MIN, sendFailures: 2 }],
      ['unreachable again: marked once', { ...claimed, unreachableAt: T0 }, 'unreachable', { unreachableAt: T0 }],
      ['not now: given back, tried again after the doubled wait', claimed, 'retry', { sent: [], sendFailures: 3, nextPollAt: T0 + MIN + 8 * MIN }],
      ['not now, no longer claimed: nothing written', { ...claimed, sent: [] }, 'retry', undefined],
    ];
    for (const [what, before, delivery, expected] of rows)
      it(what, () => {
        const after = afterDelivery(before, 'approved', delivery, T0 + MIN, MIN);
        if (!expected) return assert.equal(after, undefined);
        for (const [field, value] of Object.entries(expected)) assert.deepEqual(after?.[field as keyof OpenItem], value, field);
      });

    it('gives a follow-up up after five failed deliveries', () => {
      assert.equal(givenUp({ sendFailures: 4 }), false);
      assert.equal(givenUp({ sendFailures: 5 }), true);
      assert.equal(givenUp(undefined), false);
    });
  });

  it('matches an acceptance to the open invitations that name the customer who accepted', () => {
    const named = item('resellerAcceptance');
    const rows: [string, (OpenItem | undefined)[], string[]][] = [
      ['named by domain', [named], [named.id]],
      ['closed', [{ ...named, status: 'accepted' }], []],
      ['gone', [undefined], []],
      ['another customer', [{ ...named, customer: { tenantId: '', name: '', domain: 'fabrikam.com' } }], []],
    ];
    for (const [what, items, ids] of rows) assert.deepEqual(acceptedInvitations(items, { tenantId: 'x', domain: 'CONTOSO.com' }), ids, what);
  });
});
