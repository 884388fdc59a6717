// The proactive turn's steps around its sends (conversation/followUps/proactiveTurn.ts), from
// tables written by hand: the status a failed continuation carries, the reference it continues,
// whether the assigner runs first, whether the turn sends, the card's record and the delivery.
// The turn itself, through the adapter: test/cases/followUps.test.ts and deliveryKey.test.ts.
import { strict as assert } from 'assert';
import type { FollowUp, OpenItem } from '../../../src/domain/cases';
import type { ActionRecord } from '../../../src/conversation/actions/actionRecords';
import type { ApprovalOutcome } from '../../../src/conversation/followUps/approvalAssignMachine';
import { ApprovalRun, assignsFirst, proactiveStep, recordForFollowUp, referenceOf, sentAs, statusOf } from '../../../src/conversation/followUps/proactiveTurn';

const T0 = Date.UTC(2026, 10, 20, 9);

describe('Follow-ups: the proactive turn around its sends', () => {
  it('finds the HTTP status in an error or its causes, five deep at most', () => {
    const wrap = (inner: unknown, n: number): unknown => (n === 0 ? inner : { cause: wrap(inner, n - 1) });
    const rows: [string, unknown, number | undefined][] = [
      ['statusCode', { statusCode: 403 }, 403],
      ['status', { status: 404 }, 404],
      ["the response's", { response: { status: 502 } }, 502],
      ['statusCode before status', { statusCode: 403, status: 500 }, 403],
      ['in a cause', { message: 'turn failed', cause: { statusCode: 404 } }, 404],
      ['four causes down', wrap({ statusCode: 404 }, 4), 404],
      ['five causes down: not looked at', wrap({ statusCode: 404 }, 5), undefined],
      ['a status that is no number', { status: '404' }, undefined],
      ['no object', 'failed', undefined],
      ['none', new Error('timeout'), undefined],
    ];
    for (const [name, error, expected] of rows) assert.equal(statusOf(error), expected, name);
  });

  it('continues the conversation without the id of the activity the action answered', () => {
    const conversation = { conversation: { id: 'c1' }, serviceUrl: 'https://smba.trafficmanager.net/emea/', activityId: 'a-1', bot: { id: 'b' } };
    assert.deepEqual(referenceOf({ conversation }), { conversation: { id: 'c1' }, serviceUrl: 'https://smba.trafficmanager.net/emea/', bot: { id: 'b' } });
    assert.equal(conversation.activityId, 'a-1', 'the item is left as it was');
  });

  it('asks the assigner first only for an approval that asked to assign, where the deployment can', () => {
    const plan: Pick<OpenItem, 'assignOnApproval'> = { assignOnApproval: [] };
    const rows: [FollowUp, Pick<OpenItem, 'assignOnApproval'>, boolean, boolean][] = [
      ['approved', plan, true, true],
      ['approved', plan, false, false],
      ['approved', {}, true, false],
      ['expired', plan, true, false],
      ['notApprovedYet', plan, true, false],
    ];
    for (const [followUp, item, canAssign, expected] of rows) assert.equal(assignsFirst(followUp, item, canAssign), expected, `${followUp} ${canAssign}`);
  });

  it('stops when told already, holds back when the assigner says later, sends otherwise', () => {
    const told: ApprovalRun = { outcome: { notAssigned: 'failed' }, relationshipRoles: [] };
    const rows: [ApprovalRun | undefined, boolean, string][] = [
      [undefined, false, 'send'],
      [undefined, true, 'stop'],
      ['skip', false, 'stop'],
      ['later', false, 'later'],
      ['later', true, 'later'],
      // The assigner weighed the delivery key itself: its outcome is told even if the key is there.
      [told, true, 'send'],
      [told, false, 'send'],
    ];
    for (const [assigning, delivered, expected] of rows)
      assert.equal(proactiveStep(assigning, delivered), expected, `${JSON.stringify(assigning)} ${delivered}`);
  });

  it("leaves the access card where access was assigned, else the outcome's status, and says what the delivery came to", () => {
    const customer = { companyName: 'Northwind', tenantId: 'c-1', domain: '' };
    const done = {
      owner: { id: '29:alex' },
      row: 'G1',
      at: T0,
      kind: 'requestGdap',
      stage: 'done',
      customer,
      relationshipId: 'rel-1',
      approvalUrl: 'https://admin.microsoft.com/x',
      messageLocale: 'en-US',
    } as unknown as ActionRecord;
    const assigned: ApprovalOutcome = { assigned: [{ groupId: 'g1', roleIds: ['r1'] }] as never, leftAlone: [], notMade: [] };
    const none: ApprovalOutcome = { notAssigned: 'failed' };
    const withAssigned = recordForFollowUp(done, 'approved', { outcome: assigned, relationshipRoles: ['r1'] }, T0 + 1);
    assert.deepEqual([withAssigned?.kind, (withAssigned as { stage?: string }).stage], ['requestGdap', 'assigned']);
    const notAssigned = recordForFollowUp(done, 'approved', { outcome: none, relationshipRoles: [] }, T0 + 1);
    assert.deepEqual([(notAssigned as { stage?: string }).stage, (notAssigned as { status?: string }).status], ['done', 'active']);
    assert.equal((recordForFollowUp(done, 'approved', undefined, T0 + 1) as { status?: string }).status, 'active');
    assert.equal(recordForFollowUp(undefined, 'approved', undefined, T0 + 1), undefined);
    assert.deepEqual(
      [sentAs(undefined), sentAs({ outcome: none, relationshipRoles: [] }), sentAs({ outcome: assigned, relationshipRoles: [] })],
      ['sent', 'sent', 'assigned'],
    );
  });
});
