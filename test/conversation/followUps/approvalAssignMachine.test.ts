// Assign on approval (issue 63), the machine from a table: each row a state, an event and the
// effects expected, written out by hand. Token had, not had, expired or someone else's; the
// relationship not active yet (looked at again later, then told without assigning once a day has
// passed), refused or unreachable; each group created, one failing, one found with other roles or
// being removed, one found with the same roles (not recorded again); Global Administrator never
// asked for; an approval told already told no more.
import { strict as assert } from 'assert';
import {
  ApprovalEffect,
  ApprovalEvent,
  ApprovalOutcome,
  ApprovalState,
  approvalLogFields,
  approvalStep,
  assignedAny,
  ownsTheSignIn,
  recordAfterAssigning,
} from '../../../src/conversation/followUps/approvalAssignMachine';
import type { ActionRecord } from '../../../src/conversation/actions/actionRecords';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const RETRY = 5 * MINUTE;
const READERS = '88d8e3e3-8f55-4a1e-953a-9b9898b8876b';
const HELPDESK = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const USER_ADMIN = 'fe930be7-5e62-47db-91af-98c3a49a38b1';
const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';
const AGENTS = '6f1d2c3b-0a9e-4d8f-8b7a-1c2d3e4f5a61';
const LEADS = '7a2e3d4c-1b0f-4e9a-9c8b-2d3e4f5a6b72';
const CUSTOMER = '1c6a2f5e-3b7d-4e21-9f4a-6d8c0b1e2a31';

const start: ApprovalState = {
  plan: [
    { groupId: AGENTS, groupName: 'Helpdesk agents', roleIds: [READERS, HELPDESK] },
    { groupId: LEADS, groupName: 'Helpdesk leads', roleIds: [READERS, USER_ADMIN] },
  ],
  relationshipId: 'rel-1',
  customerTenantId: CUSTOMER,
  approvedAt: T0,
  ownerObjectId: 'aaaaaaaa-0000-4000-8000-000000000001',
};
const active = (roles = [READERS, HELPDESK, USER_ADMIN]): ApprovalEvent => ({
  on: 'relationship',
  result: { ok: true, value: { status: 'active', roleDefinitionIds: roles } },
});
/** The state once the relationship was read active with all three roles. */
const reading = approvalStep(start, active(), T0 + MINUTE, RETRY).state;
const made = (id: string, roles: string[], existed = false, status = 'pending'): ApprovalEvent => ({
  on: 'created',
  result: { ok: true, value: { id, roleDefinitionIds: roles, status, createdAt: T0, ...(existed ? { existed: true as const } : {}) } },
});
const tell = (outcome: unknown): ApprovalEffect => ({ do: 'tell', outcome }) as ApprovalEffect;
const audit = (outcome: string, resultId?: string): ApprovalEffect =>
  ({ do: 'audit', action: 'assignAccess', customerTenantId: CUSTOMER, outcome, ...(resultId ? { resultId } : {}) }) as ApprovalEffect;
const createAgents: ApprovalEffect = { do: 'create', relationshipId: 'rel-1', groupId: AGENTS, roleIds: [READERS, HELPDESK] };
const createLeads: ApprovalEffect = { do: 'create', relationshipId: 'rel-1', groupId: LEADS, roleIds: [READERS, USER_ADMIN] };
const agentsAssigned = { id: 'as-1', groupId: AGENTS, groupName: 'Helpdesk agents', roleIds: [READERS, HELPDESK], status: 'pending', createdAt: T0 };

describe('Assign on approval (issue 63, review 4 gap 2): the machine, from a table', () => {
  const rows: [string, ApprovalState, ApprovalEvent, number, ApprovalEffect[]][] = [
    ['a first delivery asks the token service for the owner’s sign-in', start, { on: 'start', delivered: false }, T0, [{ do: 'token' }]],
    [
      'a second delivery of the same approval (its key in the conversation) calls nothing and sends nothing',
      start,
      { on: 'start', delivered: true },
      T0,
      [{ do: 'skip' }],
    ],
    ['no token (signed out, never kept): told without assigning', start, { on: 'token', token: 'none' }, T0, [tell({ notAssigned: 'signedOut' })]],
    ['an expired token: told without assigning', start, { on: 'token', token: 'had', expiresAt: T0 - 1 }, T0, [tell({ notAssigned: 'expired' })]],
    [
      'a token naming someone other than the owner the channel proved: never used',
      start,
      { on: 'token', token: 'had', expiresAt: T0 + HOUR, objectId: 'bbbbbbbb-0000-4000-8000-000000000002' },
      T0,
      [tell({ notAssigned: 'signedOut' })],
    ],
    [
      'the owner’s valid token: the relationship is read first',
      start,
      { on: 'token', token: 'had', expiresAt: T0 + HOUR, objectId: 'AAAAAAAA-0000-4000-8000-000000000001' },
      T0,
      [{ do: 'readRelationship', relationshipId: 'rel-1' }],
    ],
    [
      'approved but not active yet (D8): not told now, looked at again later',
      start,
      { on: 'relationship', result: { ok: true, value: { status: 'activating', roleDefinitionIds: [READERS] } } },
      T0 + MINUTE,
      [{ do: 'later' }],
    ],
    [
      'still not active a day after the approval: told without assigning',
      start,
      { on: 'relationship', result: { ok: true, value: { status: 'approved', roleDefinitionIds: [READERS] } } },
      T0 + 24 * HOUR,
      [tell({ notAssigned: 'notActive' })],
    ],
    [
      'Microsoft refuses the partner’s token (MFA): told, nothing assigned',
      start,
      { on: 'relationship', result: { ok: false, failure: { kind: 'mfaRequired' } } },
      T0,
      [tell({ notAssigned: 'consent' })],
    ],
    [
      'a permission missing (403): told, nothing assigned',
      start,
      { on: 'relationship', result: { ok: false, failure: { kind: 'forbidden', missing: 'graphPermission' } } },
      T0,
      [tell({ notAssigned: 'consent' })],
    ],
    [
      'Graph out of reach for now: looked at again later',
      start,
      { on: 'relationship', result: { ok: false, failure: { kind: 'timeout' } } },
      T0,
      [{ do: 'later' }],
    ],
    [
      'a relationship Graph does not know: told, nothing assigned',
      start,
      { on: 'relationship', result: { ok: false, failure: { kind: 'notFound' } } },
      T0,
      [tell({ notAssigned: 'failed' })],
    ],
    ['active: the first group is created with its planned roles', start, active(), T0, [createAgents]],
    ['active without a planned group’s roles: that group is not asked for', start, active([READERS, HELPDESK]), T0, [createAgents]],
    ['active with none of the planned roles: nothing to assign, told so', start, active([GLOBAL_ADMIN]), T0, [tell({ notAssigned: 'failed' })]],
    [
      'the first group created: one audit record, then the next group',
      reading,
      made('as-1', [READERS, HELPDESK]),
      T0,
      [audit('succeeded', 'as-1'), createLeads],
    ],
    [
      'a group failing (a partial failure): its audit record, the next group still asked for',
      reading,
      { on: 'created', result: { ok: false, failure: { kind: 'unavailable', status: 503 } } },
      T0,
      [audit('unavailable'), createLeads],
    ],
  ];
  for (const [name, state, event, now, effects] of rows) it(name, () => assert.deepEqual(approvalStep(state, event, now, RETRY).effects, effects));

  it('Global Administrator is never asked for, even in a plan that names it (a tampered store)', () => {
    const tampered: ApprovalState = { ...start, plan: [{ groupId: AGENTS, groupName: 'Helpdesk agents', roleIds: [GLOBAL_ADMIN, READERS] }] };
    assert.deepEqual(approvalStep(tampered, active([GLOBAL_ADMIN, READERS]), T0, RETRY).effects, [
      { do: 'create', relationshipId: 'rel-1', groupId: AGENTS, roleIds: [READERS] },
    ]);
  });

  it('the last group done: the approval is told with each group as it went (made, 409 with the same roles, 409 with other roles)', () => {
    const second = approvalStep(reading, made('as-1', [READERS, HELPDESK]), T0, RETRY).state;
    const done = approvalStep(second, made('as-2', [USER_ADMIN], true, 'active'), T0, RETRY);
    // A 409 holding other roles is left alone and said so, and not recorded again.
    assert.deepEqual(done.effects, [
      tell({
        assigned: [agentsAssigned],
        leftAlone: [{ groupId: LEADS, groupName: 'Helpdesk leads', verdict: 'otherRoles', roleIds: [USER_ADMIN] }],
        notMade: [],
      }),
    ]);
  });

  it('a 409 with exactly the planned roles counts as assigned and is not recorded again (a crash before the message, then the retry)', () => {
    const second = approvalStep(reading, made('as-1', [HELPDESK, READERS], true), T0, RETRY);
    assert.deepEqual(second.effects, [createLeads]);
    const removing = approvalStep(second.state, made('as-2', [READERS, USER_ADMIN], true, 'deleting'), T0, RETRY);
    assert.deepEqual(removing.effects, [
      tell({
        assigned: [{ ...agentsAssigned, roleIds: [HELPDESK, READERS] }],
        leftAlone: [{ groupId: LEADS, groupName: 'Helpdesk leads', verdict: 'removing', roleIds: [READERS, USER_ADMIN] }],
        notMade: [],
      }),
    ]);
  });

  it('every group failing: told with what was not made, and nothing counts as assigned', () => {
    const fail: ApprovalEvent = { on: 'created', result: { ok: false, failure: { kind: 'rejected', status: 400 } } };
    const second = approvalStep(reading, fail, T0, RETRY).state;
    const done = approvalStep(second, fail, T0, RETRY);
    const outcome = {
      assigned: [],
      leftAlone: [],
      notMade: [
        { groupId: AGENTS, groupName: 'Helpdesk agents', failure: 'rejected' },
        { groupId: LEADS, groupName: 'Helpdesk leads', failure: 'rejected' },
      ],
    };
    assert.deepEqual(done.effects, [audit('rejected'), tell(outcome)]);
    assert.equal(assignedAny(outcome as never), false);
  });

  it('the GDAP card’s record becomes its access assignments’ card once something was assigned, and stays as it was otherwise', () => {
    const record: ActionRecord = {
      owner: { id: '29:owner' },
      row: 'G1',
      at: T0,
      kind: 'requestGdap',
      stage: 'done',
      customer: { tenantId: CUSTOMER, companyName: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' },
      relationshipId: 'rel-1',
      approvalUrl: 'https://admin.microsoft.com/approve',
      messageLocale: 'en-US',
    };
    const after = recordAfterAssigning(record, { assigned: [agentsAssigned], leftAlone: [], notMade: [] }, [READERS, HELPDESK], T0 + MINUTE);
    assert.equal(after?.stage, 'assigned');
    assert.deepEqual(after?.stage === 'assigned' ? after.assignments : undefined, [agentsAssigned]);
    assert.equal(recordAfterAssigning(record, { notAssigned: 'signedOut' }, [], T0), undefined);
  });

  it("logs an outcome by counts or by its reason, never a group's name", () => {
    const group = { groupId: 'g1', groupName: 'Helpdesk agents' };
    const rows: [string, ApprovalOutcome, Record<string, unknown>][] = [
      ['nothing assigned', { notAssigned: 'signedOut' }, { notAssigned: 'signedOut' }],
      [
        'three assigned, one left alone, two not made',
        {
          assigned: ['a1', 'a2', 'a3'].map((id) => ({ ...group, id, roleIds: [], status: 'active' })),
          leftAlone: [{ ...group, verdict: 'otherRoles', roleIds: [] }],
          notMade: [
            { ...group, failure: 'timeout' },
            { ...group, groupId: 'g2', failure: 'conflict' },
          ],
        },
        { assigned: 3, leftAlone: 1, notMade: 2 },
      ],
      ['none at all', { assigned: [], leftAlone: [], notMade: [] }, { assigned: 0, leftAlone: 0, notMade: 0 }],
    ];
    for (const [what, outcome, fields] of rows) {
      assert.deepEqual(approvalLogFields(outcome), fields, what);
      assert.equal(JSON.stringify(approvalLogFields(outcome)).includes('Helpdesk'), false, what);
    }
  });

  it("asks the token service for the turn's user's sign-in only when that user owns the item", () => {
    const rows: [string, string | undefined, string, boolean][] = [
      ['the owner', '29:owner', '29:owner', true],
      ['someone else in the conversation', '29:other', '29:owner', false],
      ['no user on the turn', undefined, '29:owner', false],
      ['the same id in another case', '29:OWNER', '29:owner', false],
    ];
    for (const [what, turnUser, owner, expected] of rows) assert.equal(ownsTheSignIn(turnUser, owner), expected, what);
  });
});
