// My cases shows each item's real next step and deadline (issue 63; review of 25 November 2026,
// section 4 gap 1): none once the customer acted, "Assign access" gone once every access assignment
// is active, an invitation followed for its 90 days instead of "Deadline: None". From tables, and
// the list card in five languages.
import { strict as assert } from 'assert';
import { CaseKind, CaseStatus, OpenItem, nextExpiryLook, openItem } from '../../src/domain/cases';
import { deadlineOf, readItem, waitsFor, withAccess } from '../../src/domain/caseItems';
import type { AccessProgress } from '../../src/domain/accessAssignments';
import { caseListCard, dayText } from '../../src/conversation/followUps/caseListCards';
import { LOCALES } from '../../src/domain/locales';
import { catalogFor } from '../../src/domain/textCatalog';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);

function item(kind: CaseKind, status: CaseStatus = 'waiting', access?: AccessProgress): OpenItem {
  const made = openItem(
    {
      kind,
      objectId: `${kind}-object-1`,
      customer: { tenantId: 'a1b2c3d4-0000-4000-8000-000000000001', name: kind === 'resellerAcceptance' ? '' : 'Contoso' },
      owner: { id: '29:owner', name: 'Alex Wilber' },
      locale: 'en-US',
      cardId: 'card-1',
      conversation: { conversation: { id: 'a:1' } },
      shared: false,
    },
    T0,
    300_000,
  );
  return { ...made, status, ...(access ? { access } : {}) };
}

describe('My cases: the real next step and deadline', () => {
  const table: [string, OpenItem, ReturnType<typeof waitsFor>, number | undefined][] = [
    ['a GDAP request waiting: the customer approves by its 90th day', item('gdapApproval'), 'customerApproval', T0 + 90 * DAY],
    ['approved, nothing assigned: Assign access, no deadline', item('gdapApproval', 'approved'), 'assignAccess', undefined],
    ['approved, assignments pending: wait for Microsoft', item('gdapApproval', 'approved', 'pending'), 'accessPending', undefined],
    ['approved, an assignment failed: the partner acts', item('gdapApproval', 'approved', 'failed'), 'accessTrouble', undefined],
    ['approved, an assignment stuck: the partner acts', item('gdapApproval', 'approved', 'stuck'), 'accessTrouble', undefined],
    ['approved, every assignment active: done, no next step', item('gdapApproval', 'approved', 'active'), undefined, undefined],
    ['approved, every assignment removed: Assign access again', item('gdapApproval', 'approved', 'none'), 'assignAccess', undefined],
    ['an invitation: followed 90 days', item('resellerAcceptance'), 'customerAcceptance', T0 + 90 * DAY],
    ['an invitation accepted: Request GDAP, no deadline', item('resellerAcceptance', 'accepted'), 'requestGdap', undefined],
    ['a transfer waiting: 30 days', item('transfer'), 'currentPartner', T0 + 30 * DAY],
    ['a transfer completed: no deadline', item('transfer', 'completed'), 'afterTransfer', undefined],
    ['a relationship terminated: start again', item('gdapApproval', 'terminated'), 'startAgain', undefined],
    ['a transfer run out: start again', item('transfer', 'expired'), 'startAgain', undefined],
    ['a transfer the partner cancelled: nothing left to do', item('transfer', 'cancelled'), undefined, undefined],
  ];
  for (const [why, it_, next, deadline] of table)
    it(`issue 63 (My cases): ${why}`, () => {
      assert.equal(waitsFor(it_), next);
      assert.equal(deadlineOf(it_), deadline);
    });

  it('issue 63 (My cases): access is kept on an approved relationship only, and read back', () => {
    assert.equal(withAccess(item('gdapApproval'), 'active'), undefined, 'not before the approval');
    assert.equal(withAccess(item('transfer', 'completed'), 'active'), undefined);
    assert.equal(withAccess(item('transfer', 'approved'), 'active'), undefined, 'a transfer has no access to keep, whatever its status');
    assert.equal(withAccess(item('gdapApproval', 'approved', 'active'), 'active'), undefined, 'no write for no change');
    const kept = withAccess(item('gdapApproval', 'approved', 'pending'), 'active')!;
    assert.equal(kept.access, 'active');
    assert.deepEqual(readItem(JSON.parse(JSON.stringify(kept))), kept);
    assert.equal(readItem({ ...JSON.parse(JSON.stringify(kept)), access: 'finished' }), undefined);
  });

  it('issue 63 (My cases): reads an item back only as the store writes it: an object id not empty and of 256 characters at most, finite times', () => {
    const stored = (fields: Partial<OpenItem>): unknown => JSON.parse(JSON.stringify({ ...item('transfer'), ...fields }));
    const longest = 'o'.repeat(256);
    assert.equal(readItem(stored({ objectId: longest, id: `transfer:${longest}` }))?.objectId, longest);
    assert.equal(readItem(stored({ objectId: `${longest}o`, id: `transfer:${longest}o` })), undefined, 'one character more');
    assert.equal(readItem(stored({ objectId: '', id: 'transfer:' })), undefined, 'an empty object id');
    assert.ok(readItem(stored({})), 'the item itself');
    for (const time of [Infinity, NaN]) assert.equal(readItem({ ...(stored({}) as object), createdAt: time }), undefined, String(time));
  });

  for (const locale of LOCALES) {
    it(`issue 63 (My cases): ${locale}: no deadline once approved or completed, no Assign access once active, an invitation followed until its 90th day`, () => {
      const c = catalogFor(locale);
      const text = (items: OpenItem[]): string => JSON.stringify(caseListCard({ items, now: T0 + DAY }, c, locale).card);
      const done = text([item('gdapApproval', 'approved', 'active'), item('transfer', 'completed')]);
      assert.ok(!done.includes(`"title":"${c.myCases.fields.deadline}"`), 'no deadline on a request already acted on');
      assert.ok(!done.includes(c.myCases.nextSteps.assignAccess), 'no Assign access once every assignment is active');
      assert.ok(done.includes(c.myCases.statuses.approved), 'the approved case is still listed');
      const pending = text([item('gdapApproval', 'approved', 'pending')]);
      assert.ok(pending.includes(JSON.stringify(c.myCases.nextSteps.accessPending).slice(1, -1)));
      const invitation = text([item('resellerAcceptance')]);
      assert.ok(invitation.includes(c.myCases.fields.followedUntil) && invitation.includes(dayText(T0 + 90 * DAY, locale)), 'followed until its 90th day');
      const waiting = text([item('gdapApproval')]);
      assert.ok(waiting.includes(`"title":"${c.myCases.fields.deadline}"`) && waiting.includes(dayText(T0 + 90 * DAY, locale)));
    });
  }
});

describe('D12: an expiry is looked at again before it is declared', () => {
  const RETRY = 60_000;
  const table: [string, number, number | undefined, number][] = [
    ["Partner Center's own expirationTime, later than the advisor's deadline: looked at again then", 0, T0 + 2 * DAY, T0 + 2 * DAY + 60_000],
    ['an expirationTime already past (an accepted transfer may stay pending three days): the usual wait', 0, T0 - DAY, T0 + RETRY],
    ['no expirationTime: a wait that doubles with each look', 3, undefined, T0 + 8 * RETRY],
    ['never more than a day between looks', 30, undefined, T0 + DAY],
  ];
  for (const [why, checks, until, expected] of table) it(`D12: ${why}`, () => assert.equal(nextExpiryLook(T0, checks, RETRY, until), expected));
});
