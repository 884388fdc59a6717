// What a status read means, from tables written from Microsoft's pages (follow-up review, D8 and
// D11): Graph counts a relationship approved only once it is `active`; TransferEntity documents
// "Active" and "Completed" (the UI says "complete"); an undocumented value changes nothing; and a
// transfer that did not change reports when it runs out only when Partner Center gave a date.
import { strict as assert } from 'assert';
import { isDocumentedStatus, isPendingTransfer, StatusKind, statusMeaning, StatusMeaning } from '../../src/domain/partnerCenterStatus';

describe('Partner Center status reads', () => {
  const rows: [StatusKind, string, StatusMeaning][] = [
    ['gdapApproval', 'active', { change: 'approved' }],
    ['gdapApproval', 'Active', { change: 'approved' }],
    // Approved is not yet active (D8): "approved", then "activating", then "active".
    ['gdapApproval', 'approved', { unchanged: true }],
    ['gdapApproval', 'activating', { unchanged: true }],
    ['gdapApproval', 'approvalPending', { unchanged: true }],
    ['gdapApproval', 'expired', { change: 'expired' }],
    ['gdapApproval', 'terminated', { change: 'terminated' }],
    ['gdapApproval', 'terminationRequested', { unchanged: true }],
    ['gdapApproval', 'expiring', { unchanged: true }],
    ['gdapApproval', 'somethingNew', { unchanged: true }],
    ['transfer', 'Active', { unchanged: true }],
    ['transfer', 'InProgress', { unchanged: true }],
    ['transfer', 'pending', { unchanged: true }],
    ['transfer', 'Completed', { change: 'completed' }],
    ['transfer', 'Complete', { change: 'completed' }],
    ['transfer', 'Expired', { change: 'expired' }],
    ['transfer', 'Cancelled', { unchanged: true }],
    // Cancelled by its target partner (update-a-transfer, issue 63): Microsoft spells it Canceled.
    ['transfer', 'Canceled', { change: 'cancelled' }],
    // A GDAP value is no transfer value, and the other way round.
    ['transfer', 'active', { unchanged: true }],
    ['transfer', 'terminated', { unchanged: true }],
    ['gdapApproval', 'completed', { unchanged: true }],
  ];
  for (const [kind, status, meaning] of rows) {
    it(`${kind} "${status}" means ${JSON.stringify(meaning)}`, () => {
      assert.deepEqual(statusMeaning(kind, status), meaning);
    });
  }

  it('names the documented values and no others', () => {
    const rows: [StatusKind, string, boolean][] = [
      ['gdapApproval', 'approvalPending', true],
      ['gdapApproval', 'unknownFutureValue', true],
      ['gdapApproval', 'Complete', false],
      ['transfer', 'InProgress', true],
      ['transfer', 'Complete', true],
      ['transfer', 'Cancelled', false],
      ['transfer', 'Canceled', true],
      ['transfer', '', false],
    ];
    for (const [kind, status, documented] of rows) assert.equal(isDocumentedStatus(kind, status), documented, `${kind} ${status}`);
  });

  it('a transfer can be cancelled while pending: Active, InProgress or pending, in any case, and not once completed or cancelled', () => {
    for (const status of ['Active', 'InProgress', 'pending', 'Pending']) assert.equal(isPendingTransfer(status), true, status);
    for (const status of ['Completed', 'complete', 'Canceled', 'expired', '']) assert.equal(isPendingTransfer(status), false, status);
  });

  describe('until: when a transfer runs out, as Partner Center says', () => {
    const rows: [string, StatusKind, string, string | undefined, StatusMeaning][] = [
      ['an active transfer with its expirationTime', 'transfer', 'Active', '2026-12-25T10:00:00Z', { unchanged: true, until: Date.UTC(2026, 11, 25, 10) }],
      ['an offset is read as such', 'transfer', 'Active', '2026-12-25T12:00:00+02:00', { unchanged: true, until: Date.UTC(2026, 11, 25, 10) }],
      ['no date given', 'transfer', 'Active', undefined, { unchanged: true }],
      ['a date that is no date', 'transfer', 'Active', 'soon', { unchanged: true }],
      ['a completed transfer needs none', 'transfer', 'Completed', '2026-12-25T10:00:00Z', { change: 'completed' }],
      ['an undocumented status still runs out', 'transfer', 'Cancelled', '2026-12-25T10:00:00Z', { unchanged: true, until: Date.UTC(2026, 11, 25, 10) }],
      ['a GDAP read never says until', 'gdapApproval', 'approvalPending', '2026-12-25T10:00:00Z', { unchanged: true }],
    ];
    for (const [name, kind, status, expirationTime, meaning] of rows) {
      it(name, () => assert.deepEqual(statusMeaning(kind, status, expirationTime), meaning));
    }
  });
});
