// A follow-up as its proactive turn shows it (conversation/followUps/followUpMessage.ts), from
// tables: its card's facts, the owner mentioned in a shared chat, the action card's new status,
// the delivery keys, and what a failed send means. The proactive turn itself: test/cases/followUps.test.ts.
import { strict as assert } from 'assert';
import { FollowUp, openItem, OpenItem } from '../../../src/domain/cases';
import type { ActionRecord } from '../../../src/conversation/actions/actionRecords';
import {
  changesCardStatus,
  DELIVERED_KEYS,
  deliveredAlready,
  deliveryAfterError,
  followUpViewOf,
  mentioned,
  recordAfterFollowUp,
  withDeliveryKey,
} from '../../../src/conversation/followUps/followUpMessage';

const T0 = Date.UTC(2026, 10, 20, 9);
const DAY = 86_400_000;
const base = (kind: OpenItem['kind'], over: Partial<OpenItem> = {}): OpenItem => ({
  ...openItem(
    {
      kind,
      objectId: 'obj-1',
      customer: { tenantId: 'c-1', name: 'Northwind' },
      owner: { id: '29:alex', name: 'Alex <Wilber>' },
      locale: 'en-US',
      cardId: 'card-1',
      conversation: {},
      shared: true,
    },
    T0,
    1000,
  ),
  ...over,
});
const common = { owner: { id: '29:alex' }, row: 'G1' as const, at: T0 };
const customer = { companyName: 'Northwind', tenantId: 'c-1', domain: '' };
const gdapDone: ActionRecord = {
  ...common,
  kind: 'requestGdap',
  stage: 'done',
  customer,
  relationshipId: 'r',
  approvalUrl: 'https://x',
  messageLocale: 'en-US',
};
const transferDone: ActionRecord = { ...common, row: 'G6', kind: 'startTransfer', stage: 'done', customer, transferId: 't', status: 'Active' };

describe('Follow-ups: the message', () => {
  it("shows the relationship's end and whether auto-extend is open before it ends; the deadline otherwise", () => {
    const approved = base('gdapApproval', { status: 'approved', endsAt: T0 + 700 * DAY, autoExtends: false, globalAdministrator: true });
    const ends = followUpViewOf(approved, 'endsSoon', T0 + DAY);
    assert.equal(ends.deadline, T0 + 700 * DAY);
    assert.equal(ends.autoExtend, 'globalAdministrator');
    const reminder = followUpViewOf(approved, 'notApprovedYet', T0 + DAY);
    assert.equal(reminder.deadline, approved.deadline);
    assert.equal(reminder.autoExtend, undefined);
    assert.equal(followUpViewOf(base('gdapApproval', { status: 'approved' }), 'endsSoon', T0).deadline, base('gdapApproval').deadline, 'no end known yet');
    assert.equal(followUpViewOf(base('transfer', { transferProducts: 'azurePlan' }), 'completed', T0).products, 'azurePlan');
    assert.equal(followUpViewOf(base('transfer'), 'completed', T0).products, undefined);
  });

  it("brings the action card's record to the status the outcome names, on a done card only", () => {
    const rows: [string, ActionRecord | undefined, FollowUp, string | undefined][] = [
      ['approved GDAP', gdapDone, 'approved', 'active'],
      ['expired GDAP', gdapDone, 'expired', 'expired'],
      ['terminated GDAP', gdapDone, 'terminated', 'terminated'],
      ['completed transfer', transferDone, 'completed', 'Complete'],
      ['cancelled transfer', transferDone, 'cancelled', 'Canceled'],
      ['expired transfer', transferDone, 'expired', 'Expired'],
      ['a GDAP card told of a completion', gdapDone, 'completed', undefined],
      ['a reminder', gdapDone, 'notApprovedYet', undefined],
      ['no card', undefined, 'approved', undefined],
      ['a card not done', { ...common, kind: 'requestGdap', stage: 'form' } as ActionRecord, 'approved', undefined],
    ];
    for (const [what, record, followUp, status] of rows) {
      const after = recordAfterFollowUp(record, followUp, T0 + DAY);
      assert.equal(after && 'status' in after ? after.status : undefined, status, what);
      if (after && 'checkedAt' in after) assert.equal(after.checkedAt, T0 + DAY);
    }
    assert.equal(changesCardStatus('approved'), true);
    assert.equal(changesCardStatus('expiresSoon'), false);
  });

  it('remembers the newest delivery keys, each once', () => {
    assert.deepEqual(withDeliveryKey(['a', 'b', 7], 'a'), ['b', 'a']);
    assert.deepEqual(withDeliveryKey(undefined, 'a'), ['a']);
    const many = Array.from({ length: DELIVERED_KEYS }, (_, i) => `k${i}`);
    const kept = withDeliveryKey(many, 'new');
    assert.equal(kept.length, DELIVERED_KEYS);
    assert.deepEqual([kept[0], kept.at(-1)], ['k1', 'new']);
    assert.equal(deliveredAlready(['a'], 'a'), true);
    assert.equal(deliveredAlready('a', 'a'), false);
  });

  it('gives up on a conversation the connector refuses for good, and tries again after anything else', () => {
    const rows: [number | undefined, boolean, string][] = [
      [403, false, 'unreachable'],
      [404, false, 'unreachable'],
      [undefined, true, 'unreachable'],
      [500, false, 'retry'],
      [429, false, 'retry'],
      [401, false, 'retry'],
      [undefined, false, 'retry'],
    ];
    for (const [status, refused, delivery] of rows) assert.equal(deliveryAfterError(status, refused), delivery, `${status} ${refused}`);
  });

  it('mentions the owner in a shared chat, by a name without angle brackets, never an empty one', () => {
    const activity = { type: 'message', text: 'x', entities: [{ type: 'clientInfo' }] };
    assert.deepEqual(mentioned(base('transfer'), activity, 'Done'), {
      type: 'message',
      text: '<at>Alex Wilber</at> Done',
      entities: [{ type: 'clientInfo' }, { type: 'mention', text: '<at>Alex Wilber</at>', mentioned: { id: '29:alex', name: 'Alex Wilber' } }],
    });
    assert.equal(mentioned(base('transfer', { owner: { id: '29:alex', name: ' <> ' } }), { text: '' }, 'Done').text, '<at>29:alex</at> Done');
    assert.equal(mentioned(base('transfer', { shared: false }), activity, 'Done'), activity);
  });
});
