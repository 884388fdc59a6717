// Security finding 9 (issue 60): Partner Center's events are not delivered in order, so each change
// is applied in its own time order (the event's ResourceChangeUtcDate): a change older than the one
// an item last applied is recorded, never applied over it. From a table of sequences.
import { strict as assert } from 'assert';
import { applyChange, CaseChange, CaseKind, CaseStatus, FollowUp, openItem, OpenItem } from '../../src/domain/cases';
import { readItem } from '../../src/domain/caseItems';

const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const MINUTE = 60_000;

function item(kind: CaseKind): OpenItem {
  return openItem(
    {
      kind,
      objectId: kind === 'resellerAcceptance' ? 'card-1' : '5c0b2b4e-1f0a-4c55-9f3e-2a1b0c9d8e7f-d8a6a2f0',
      customer: { tenantId: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Contoso' },
      owner: { id: '29:owner' },
      locale: 'en-US',
      cardId: 'card-1',
      conversation: {},
      shared: false,
    },
    T0,
    MINUTE,
  );
}

/** Applies each [change, minutes after T0 it happened] as it arrives (a minute apart each), the follow-ups earned and the status left. */
function run(kind: CaseKind, changes: [CaseChange, number][]): { status: CaseStatus; earned: FollowUp[]; stale: number } {
  let current = item(kind);
  const earned: FollowUp[] = [];
  let stale = 0;
  changes.forEach(([change, minutes], i) => {
    const applied = applyChange(current, change, T0 + (100 + i) * MINUTE, T0 + minutes * MINUTE);
    if (applied.stale) stale += 1;
    if (applied.followUp) earned.push(applied.followUp);
    current = applied.item;
  });
  return { status: current.status, earned, stale };
}

describe('Security finding 9: changes are applied in their own time order', () => {
  const table: [string, CaseKind, [CaseChange, number][], CaseStatus, FollowUp[], number][] = [
    // what, kind, changes as they arrive [change, when it happened], status left, follow-ups earned, changes recorded as older
    [
      'an older termination after a newer approval',
      'gdapApproval',
      [
        ['approved', 20],
        ['terminated', 10],
      ],
      'approved',
      ['approved'],
      1,
    ],
    [
      'an older expiry after a newer approval',
      'gdapApproval',
      [
        ['approved', 20],
        ['expired', 10],
      ],
      'approved',
      ['approved'],
      1,
    ],
    [
      'a newer termination after an approval',
      'gdapApproval',
      [
        ['approved', 10],
        ['terminated', 20],
      ],
      'terminated',
      ['approved', 'terminated'],
      0,
    ],
    [
      'a termination at the same time as the approval',
      'gdapApproval',
      [
        ['approved', 10],
        ['terminated', 10],
      ],
      'terminated',
      ['approved', 'terminated'],
      0,
    ],
    [
      'in order, each once',
      'gdapApproval',
      [
        ['approved', 10],
        ['approved', 11],
        ['terminated', 20],
      ],
      'terminated',
      ['approved', 'terminated'],
      0,
    ],
    [
      'an older expiry after a newer completion',
      'transfer',
      [
        ['completed', 20],
        ['expired', 10],
      ],
      'completed',
      ['completed'],
      1,
    ],
  ];
  // One test for the whole table: the rows in order are the controls of the rows out of order.
  it('finding 9: each sequence ends where its changes in their own time order lead, an older one recorded and not applied', () => {
    for (const [what, kind, changes, status, earned, stale] of table) assert.deepEqual(run(kind, changes), { status, earned, stale }, what);
  });

  it('finding 9: an item keeps when its last change happened, and reads it back from the store', () => {
    const applied = applyChange(item('gdapApproval'), 'approved', T0 + 5 * MINUTE, T0 + 2 * MINUTE).item;
    assert.equal(applied.appliedChangeAt, T0 + 2 * MINUTE);
    assert.deepEqual(readItem(JSON.parse(JSON.stringify(applied))), applied);
    assert.equal(readItem({ ...applied, appliedChangeAt: 'yesterday' }), undefined);
  });

  it('finding 9: without a time of its own, a change happened when it is applied', () => {
    const applied = applyChange(item('gdapApproval'), 'approved', T0 + 5 * MINUTE).item;
    assert.equal(applied.appliedChangeAt, T0 + 5 * MINUTE);
  });
});
