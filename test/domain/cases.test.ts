// The open items' model from tables: which change moves which kind where and earns which message,
// once; when reminders and the expiry fall due; what "Remind me again" and "Stop reminding" do;
// how polls back off; and that an item read back from a store in another shape is no item.
import { strict as assert } from 'assert';
import {
  applyChange,
  CaseChange,
  CaseKind,
  CaseStatus,
  dueFollowUp,
  nextDueAt,
  nextPoll,
  openItem,
  OpenItem,
  quieten,
  snooze,
  unreachable,
} from '../../src/domain/cases';
import { readItem, waitsFor } from '../../src/domain/caseItems';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const POLL = 300_000;

function item(kind: CaseKind, fields: Partial<OpenItem> = {}): OpenItem {
  const made = openItem(
    {
      kind,
      objectId: kind === 'resellerAcceptance' ? 'card-1' : '5c0b2b4e-1f0a-4c55-9f3e-2a1b0c9d8e7f-d8a6a2f0',
      customer: { tenantId: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Contoso' },
      owner: { id: '29:owner', name: 'Alex Wilber' },
      locale: 'hu-HU',
      cardId: 'card-1',
      conversation: { conversation: { id: 'a:1' } },
      shared: false,
    },
    T0,
    POLL,
  );
  return { ...made, ...fields };
}

describe('Open items (domain)', () => {
  it('an item waits from now: its deadline is 90 days for GDAP and invitations, 30 for a transfer, and its first poll comes after the interval', () => {
    assert.equal(item('gdapApproval').deadline, T0 + 90 * DAY);
    assert.equal(item('resellerAcceptance').deadline, T0 + 90 * DAY);
    assert.equal(item('transfer').deadline, T0 + 30 * DAY);
    assert.equal(item('transfer').nextPollAt, T0 + POLL);
    assert.equal(item('transfer').status, 'waiting');
    assert.equal(item('transfer').id, 'transfer:5c0b2b4e-1f0a-4c55-9f3e-2a1b0c9d8e7f-d8a6a2f0');
  });

  const table: [CaseKind, CaseStatus, CaseChange, CaseStatus | undefined][] = [
    // kind, status before, change, follow-up earned (and the status after) or none
    ['gdapApproval', 'waiting', 'approved', 'approved'],
    ['gdapApproval', 'waiting', 'expired', 'expired'],
    ['gdapApproval', 'waiting', 'terminated', 'terminated'],
    ['gdapApproval', 'approved', 'approved', undefined],
    ['gdapApproval', 'approved', 'terminated', 'terminated'],
    ['gdapApproval', 'approved', 'expired', 'expired'],
    ['gdapApproval', 'expired', 'approved', undefined],
    ['gdapApproval', 'waiting', 'accepted', undefined],
    ['gdapApproval', 'waiting', 'completed', undefined],
    ['resellerAcceptance', 'waiting', 'accepted', 'accepted'],
    ['resellerAcceptance', 'accepted', 'accepted', undefined],
    ['resellerAcceptance', 'waiting', 'approved', undefined],
    ['transfer', 'waiting', 'completed', 'completed'],
    ['transfer', 'waiting', 'expired', 'expired'],
    ['transfer', 'completed', 'expired', undefined],
    ['transfer', 'waiting', 'approved', undefined],
  ];
  for (const [kind, before, change, earned] of table) {
    it(`${kind} ${before} + ${change} → ${earned ?? 'nothing'}`, () => {
      const result = applyChange(item(kind, { status: before }), change, T0 + DAY);
      assert.equal(result.followUp, earned);
      assert.equal(result.item.status, earned ?? before);
      if (earned) assert.equal(result.item.changedAt, T0 + DAY);
    });
  }

  it('a change delivered three times earns its message once', () => {
    let current = item('gdapApproval');
    const earned: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      const r = applyChange(current, 'approved', T0 + i);
      if (r.followUp) earned.push(r.followUp);
      current = r.item;
    }
    assert.deepEqual(earned, ['approved']);
  });

  it('an unreachable item changes status but earns no message', () => {
    const r = applyChange(unreachable(item('gdapApproval'), T0), 'approved', T0 + 1);
    assert.equal(r.item.status, 'approved');
    assert.equal(r.followUp, undefined);
  });

  it('a GDAP request gets "not approved yet" after 7 days, "expires soon" 7 days before its deadline, and expires at it', () => {
    let current = item('gdapApproval');
    assert.equal(dueFollowUp(current, T0 + 7 * DAY - 1), undefined);
    assert.equal(nextDueAt(current), T0 + 7 * DAY);
    const first = dueFollowUp(current, T0 + 7 * DAY)!;
    assert.equal(first.followUp, 'notApprovedYet');
    current = first.item;
    assert.equal(dueFollowUp(current, T0 + 8 * DAY), undefined, 'once');
    assert.equal(nextDueAt(current), T0 + 83 * DAY);
    const second = dueFollowUp(current, T0 + 83 * DAY)!;
    assert.equal(second.followUp, 'expiresSoon');
    current = second.item;
    assert.equal(dueFollowUp(current, T0 + 89 * DAY), undefined);
    const end = dueFollowUp(current, T0 + 90 * DAY)!;
    assert.equal(end.followUp, 'expired');
    assert.equal(end.item.status, 'expired');
    assert.equal(nextDueAt(end.item), undefined);
  });

  it('a transfer gets one reminder 7 days before its 30 days run out, and no "not approved yet"', () => {
    const current = item('transfer');
    assert.equal(dueFollowUp(current, T0 + 22 * DAY), undefined);
    assert.equal(dueFollowUp(current, T0 + 23 * DAY)!.followUp, 'expiresSoon');
    assert.equal(dueFollowUp(current, T0 + 30 * DAY)!.followUp, 'expired');
  });

  it('an invitation is never reminded and never expires with a message', () => {
    const current = item('resellerAcceptance');
    assert.equal(dueFollowUp(current, T0 + 89 * DAY), undefined);
    assert.equal(dueFollowUp(current, T0 + 120 * DAY), undefined);
    assert.equal(nextDueAt(current), undefined);
  });

  it('"Remind me again" brings the reminder back a day later; "Stop reminding" silences reminders, not the outcome', () => {
    const reminded = dueFollowUp(item('gdapApproval'), T0 + 7 * DAY)!.item;
    const snoozed = snooze(reminded, 'notApprovedYet', T0 + 7 * DAY);
    assert.equal(dueFollowUp(snoozed, T0 + 8 * DAY - 1), undefined);
    assert.equal(dueFollowUp(snoozed, T0 + 8 * DAY)!.followUp, 'notApprovedYet');
    const quiet = quieten(reminded);
    assert.equal(dueFollowUp(quiet, T0 + 85 * DAY), undefined);
    assert.equal(dueFollowUp(quiet, T0 + 90 * DAY)!.followUp, 'expired');
    assert.equal(applyChange(quiet, 'approved', T0 + 9 * DAY).followUp, 'approved');
  });

  it('polls back off on failure, twice as long each time, at most a day, and start over after a success', () => {
    let current = item('transfer');
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      current = nextPoll(current, T0, POLL, true);
      waits.push(current.nextPollAt - T0);
    }
    assert.deepEqual(waits.slice(0, 4), [2 * POLL, 4 * POLL, 8 * POLL, 16 * POLL]);
    assert.equal(waits[11], DAY);
    const ok = nextPoll(current, T0, POLL, false);
    assert.equal(ok.nextPollAt, T0 + POLL);
    assert.equal(ok.pollFailures, undefined);
  });

  it('names the next step for the list', () => {
    assert.equal(waitsFor({ kind: 'gdapApproval', status: 'waiting' }), 'customerApproval');
    assert.equal(waitsFor({ kind: 'gdapApproval', status: 'approved' }), 'assignAccess');
    assert.equal(waitsFor({ kind: 'gdapApproval', status: 'approved', access: 'active' }), undefined, 'done once every assignment is active');
    assert.equal(waitsFor({ kind: 'resellerAcceptance', status: 'accepted' }), 'requestGdap');
    assert.equal(waitsFor({ kind: 'transfer', status: 'waiting' }), 'currentPartner');
    assert.equal(waitsFor({ kind: 'transfer', status: 'completed' }), 'afterTransfer');
    assert.equal(waitsFor({ kind: 'transfer', status: 'expired' }), 'startAgain');
  });

  it('reads back what it wrote, and nothing of another shape', () => {
    const kept = JSON.parse(JSON.stringify(item('gdapApproval'))) as Record<string, unknown>;
    assert.deepEqual(readItem(kept), item('gdapApproval'));
    const broken: Record<string, unknown>[] = [
      { ...kept, kind: 'other' },
      { ...kept, id: 'gdapApproval:someone-else' },
      { ...kept, locale: 'de-DE' },
      { ...kept, sent: ['approved', 'spam'] },
      { ...kept, owner: { id: '' } },
      { ...kept, customer: { tenantId: 'x'.repeat(65), name: 'C' } },
      { ...kept, deadline: 'soon' },
      { ...kept, conversation: 'a:1' },
    ];
    for (const b of broken) assert.equal(readItem(b), undefined, JSON.stringify(b).slice(0, 80));
    assert.equal(readItem(null), undefined);
  });

  // Each optional field the store may hold, once as written and once in another shape: a tampered
  // or older store's value is no item, whichever field it is in (one crafted value per field).
  it('reads back every optional field as written, and no item when any one of them has another shape', () => {
    const full: OpenItem = {
      ...item('transfer'),
      customer: { tenantId: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Contoso', domain: 'contoso.onmicrosoft.com' },
      owner: { id: '29:owner', name: 'Alex Wilber', aadObjectId: '00000000-0000-4000-8000-0000000000aa', tenantId: '00000000-0000-4000-8000-0000000000bb' },
      partnerTenantId: '00000000-0000-4000-8000-0000000000cc',
      teamTenantId: '00000000-0000-4000-8000-0000000000dd',
      sending: ['completed'],
      sendingAt: T0,
      quiet: true,
      transferProducts: 'azurePlan',
      autoExtends: false,
      globalAdministrator: false,
    };
    const kept = JSON.parse(JSON.stringify(full)) as Record<string, unknown>;
    assert.deepEqual(readItem(kept), full, 'every optional field as the store writes it');
    const customer = kept.customer as Record<string, unknown>;
    const owner = kept.owner as Record<string, unknown>;
    const broken: [string, Record<string, unknown>][] = [
      ['a customer name that is a list, not a text', { ...kept, customer: { ...customer, name: ['Contoso'] } }],
      ['a customer domain that is a number', { ...kept, customer: { ...customer, domain: 42 } }],
      ['an owner name that is a number', { ...kept, owner: { ...owner, name: 42 } }],
      ['an owner Entra object id that is a number', { ...kept, owner: { ...owner, aadObjectId: 42 } }],
      ['an owner tenant that is a number', { ...kept, owner: { ...owner, tenantId: 42 } }],
      ['shared that is a text', { ...kept, shared: 'no' }],
      ['a partner tenant that is a number', { ...kept, partnerTenantId: 42 }],
      ['a team tenant that is a number', { ...kept, teamTenantId: 42 }],
      ['sending that is a text, not a list', { ...kept, sending: 'completed' }],
      ['sending that lists a follow-up no release writes', { ...kept, sending: ['completed', 'spam'] }],
      ['quiet that is a text', { ...kept, quiet: 'yes' }],
      ['transfer products no release writes', { ...kept, transferProducts: 'everything' }],
      ['auto-extends that is a text', { ...kept, autoExtends: 'yes' }],
      ['Global Administrator that is a text', { ...kept, globalAdministrator: 'yes' }],
    ];
    for (const [why, b] of broken) assert.equal(readItem(b), undefined, why);
  });

  it('reads a plan to assign on approval back on a GDAP request only, and only as a plan', () => {
    const plan = [{ groupId: '6f0e4c2a-3b1d-4e5f-8a9b-0c1d2e3f4a5b', groupName: 'Helpdesk agents', roleIds: ['729827e3-9c14-49f7-bb1b-9608f156bbb8'] }];
    const planned = JSON.parse(JSON.stringify({ ...item('gdapApproval'), assignOnApproval: plan })) as Record<string, unknown>;
    assert.deepEqual(readItem(planned)?.assignOnApproval, plan, 'a GDAP request with its plan');
    const transfer = JSON.parse(JSON.stringify(item('transfer'))) as Record<string, unknown>;
    assert.equal(readItem({ ...transfer, assignOnApproval: plan }), undefined, 'a transfer assigns no access');
    assert.equal(readItem({ ...planned, assignOnApproval: 'all' }), undefined, 'no plan');
    assert.equal(readItem({ ...planned, assignOnApproval: [] }), undefined, 'an empty plan');
  });
});
