// Assign access as a table, from docs/actions.md: the relationship asked of Graph first (active
// only), the partner's security groups searched, picked (only those offered), each starting with
// its template's roles, the confirmation claimed before one create per group (a 409 found already
// made counts as done only with exactly these roles), failures released for a retry, Remove access
// one group at a time, and Check status.
import { ActionFailure } from '../../../src/domain/actions';
import { ActionRecord } from '../../../src/conversation/actions/actionRecords';
import { Awaiting, CardEvent, Effect } from '../../../src/conversation/actions/machine';
import { CARD, NOW, ROLE, ROLE_2, R, Row, answerOf, cardShown, clickOn, common, customer, granted, on, show, table } from './tables';

const signedIn = (record: ActionRecord, event: CardEvent): Pick<Row, 'state' | 'event'> => ({
  state: on(record, { for: 'signIn', click: event.on === 'click' ? event.click : (undefined as never) }),
  event: answerOf({ of: 'token', signedIn: true }),
});
const assignShown = (problem?: object, selected?: string[][]): Effect =>
  show({ card: 'assign', ...(problem ? { problem } : {}), ...(selected ? { selected } : {}) } as never);
const graph = (call: object): Effect => ({ do: 'call', call: call as never });
const throttled: ActionFailure = { kind: 'throttled', retryAfterSeconds: 7 };
const emptyForm: ActionRecord & { stage: 'assignForm' } = { ...common, kind: 'requestGdap', stage: 'assignForm', ...granted, groups: [] };
const picking: Awaiting = { for: 'facts', chosen: [{ id: 'g-1', name: 'Sales' }] };
const claimed = { ...R.assignReview, claimedAt: NOW };
const creating = (index: number, made: object[] = [], existing: object[] = []): Awaiting => ({ for: 'assignments', index, made, existing }) as never;
const made1 = { id: 'a-1', groupId: 'g-1', groupName: 'Sales', roleIds: [ROLE], status: 'pending' };
const made2 = { id: 'a-2', groupId: 'g-2', groupName: 'Ops', roleIds: [ROLE_2], status: 'pending', createdAt: 9 };
const assignedOf = (assignments: object[]) => ({ ...common, kind: 'requestGdap', stage: 'assigned', ...granted, assignments }) as ActionRecord;
const audit = (outcome: string, resultId?: string): Effect =>
  ({ do: 'audit', action: 'assignAccess', customerTenantId: customer.tenantId, outcome, ...(resultId ? { resultId } : {}) }) as never;
const removal = (outcome: string, id: string): Effect =>
  ({ do: 'audit', action: 'removeAccess', customerTenantId: customer.tenantId, outcome, resultId: id }) as never;

const ROWS: Row[] = [
  // Open: Graph says whether the relationship is still active, and which roles it holds.
  {
    name: 'Assign access asks Graph for the relationship',
    ...signedIn(R.gdapActive, clickOn('requestGdap', 'assign')),
    expect: { state: on(R.gdapActive, { for: 'relationship' }), effects: [graph({ call: 'getRelationship', relationshipId: 'r-1' })] },
  },
  {
    name: 'still active: the groups are searched, the relationship roles kept',
    state: on(R.gdapActive, { for: 'relationship' }),
    event: answerOf({ of: 'getRelationship', result: { ok: true, value: { status: 'active', roleDefinitionIds: [ROLE, ROLE_2] } } }),
    expect: { state: on(emptyForm, { for: 'groups', search: '' }), effects: [graph({ call: 'listGroups', search: '' })] },
  },
  {
    name: 'no longer active (expired): back to its card, which says so',
    state: on(R.gdapActive, { for: 'relationship' }),
    event: answerOf({ of: 'getRelationship', result: { ok: true, value: { status: 'expired', roleDefinitionIds: [] } } }),
    expect: { state: on({ ...R.gdapDone, status: 'expired', checkedAt: NOW }), effects: [show({ card: 'record', problem: { say: 'problems.notActive' } })] },
  },
  {
    name: 'Graph fails to read the relationship: the failure, with a retry',
    state: on(R.gdapActive, { for: 'relationship' }),
    event: answerOf({ of: 'getRelationship', result: { ok: false, failure: throttled } }),
    expect: { state: on(R.gdapActive), effects: [show({ card: 'failed', kind: 'requestGdap', failure: throttled, retry: { step: 'assign', cardId: CARD } })] },
  },
  {
    name: 'Assign access again from the assignments card',
    ...signedIn(R.assigned, clickOn('requestGdap', 'assign')),
    expect: { state: on(R.assigned, { for: 'relationship' }), effects: [graph({ call: 'getRelationship', relationshipId: 'r-1' })] },
  },
  // Search.
  {
    name: 'a search by the start of a name',
    ...signedIn(R.assignForm, clickOn('requestGdap', 'search', { groupSearch: ' Sal ' })),
    expect: { state: on(R.assignForm, { for: 'groups', search: 'Sal' }), effects: [graph({ call: 'listGroups', search: ' Sal ' })] },
  },
  {
    name: 'the groups found, offered to pick',
    state: on(emptyForm, { for: 'groups', search: 'Sal' }),
    event: answerOf({
      of: 'listGroups',
      result: {
        ok: true,
        value: [
          { id: 'g-1', displayName: 'Sales' },
          { id: 'x'.repeat(65), displayName: 'Too long an id' },
        ],
      },
    }),
    expect: { state: on({ ...emptyForm, groups: [{ id: 'g-1', name: 'Sales' }], search: 'Sal' }), effects: [assignShown()] },
  },
  {
    name: 'the search fails: the groups as they were, with the failure',
    state: on(R.assignForm, { for: 'groups', search: 'Sal' }),
    event: answerOf({ of: 'listGroups', result: { ok: false, failure: throttled } }),
    expect: { state: on(R.assignForm), effects: [assignShown({ failure: throttled })] },
  },
  // Pick: only the groups this card offered.
  {
    name: 'no group picked',
    ...signedIn(R.assignForm, clickOn('requestGdap', 'review', {})),
    expect: { state: on(R.assignForm), effects: [assignShown({ say: 'problems.noGroups' })] },
  },
  {
    name: 'a group the card never offered is no pick',
    ...signedIn(R.assignForm, clickOn('requestGdap', 'review', { groups: ['g-9'] })),
    expect: { state: on(R.assignForm), effects: [assignShown({ say: 'problems.noGroups' })] },
  },
  {
    name: 'groups picked: Graph asked about them',
    ...signedIn(R.assignForm, clickOn('requestGdap', 'review', { groups: ['g-1', 'g-9'] })),
    expect: { state: on(R.assignForm, picking), effects: [graph({ call: 'groupFacts', groupIds: ['g-1'] })] },
  },
  {
    name: 'a group no template names starts with no role, with what Graph said of it',
    state: on(R.assignForm, picking),
    event: answerOf({ of: 'groupFacts', facts: new Map([['g-1', { memberCount: 0, signerIsMember: false }]]) }),
    expect: {
      state: on({
        ...common,
        kind: 'requestGdap',
        stage: 'assignReview',
        ...granted,
        picks: [{ id: 'g-1', name: 'Sales', roleIds: [], memberCount: 0, signerIsMember: false }],
      }),
      effects: [assignShown()],
    },
  },
  // Confirm: every group needs a role; claimed and saved; one create per group.
  {
    name: 'a group left without roles',
    ...signedIn(R.assignReview, clickOn('requestGdap', 'confirm', { groupRoles: [[ROLE], []] })),
    expect: { state: on(R.assignReview), effects: [assignShown({ say: 'problems.noRoles' }, [[ROLE], []])] },
  },
  {
    name: 'roles the relationship does not hold are dropped',
    ...signedIn(R.assignReview, clickOn('requestGdap', 'confirm', { groupRoles: [['made-up'], [ROLE_2]] })),
    expect: { state: on(R.assignReview), effects: [assignShown({ say: 'problems.noRoles' }, [[], [ROLE_2]])] },
  },
  {
    name: 'confirmed: claimed, saved, then the first group',
    ...signedIn(R.assignReview, clickOn('requestGdap', 'confirm', { groupRoles: [[ROLE, ROLE_2], [ROLE_2]] })),
    expect: {
      state: on(
        {
          ...R.assignReview,
          picks: [
            { id: 'g-1', name: 'Sales', roleIds: [ROLE, ROLE_2] },
            { id: 'g-2', name: 'Ops', roleIds: [ROLE_2] },
          ],
          claimedAt: NOW,
        },
        creating(0),
      ),
      effects: [{ do: 'saveClaim' }, graph({ call: 'createAssignment', relationshipId: 'r-1', groupId: 'g-1', roleIds: [ROLE, ROLE_2] })],
    },
  },
  {
    name: 'a retried confirmation (no roles sent) keeps the roles saved with the picks',
    ...signedIn(R.assignReview, clickOn('requestGdap', 'confirm', {})),
    expect: {
      state: on(claimed, creating(0)),
      effects: [{ do: 'saveClaim' }, graph({ call: 'createAssignment', relationshipId: 'r-1', groupId: 'g-1', roleIds: [ROLE] })],
    },
  },
  {
    name: 'the first made: audited, then the next group',
    state: on(claimed, creating(0)),
    event: answerOf({ of: 'createAssignment', result: { ok: true, value: { id: 'a-1', roleDefinitionIds: [ROLE], status: 'pending' } } }),
    expect: {
      state: on(claimed, creating(1, [made1])),
      effects: [audit('succeeded', 'a-1'), graph({ call: 'createAssignment', relationshipId: 'r-1', groupId: 'g-2', roleIds: [ROLE_2] })],
    },
  },
  {
    name: 'the last made: the assignments card',
    state: on(claimed, creating(1, [made1])),
    event: answerOf({ of: 'createAssignment', result: { ok: true, value: { id: 'a-2', roleDefinitionIds: [ROLE_2], status: 'pending', createdAt: 9 } } }),
    expect: { state: on(assignedOf([made1, made2])), effects: [audit('succeeded', 'a-2'), assignShown()] },
  },
  {
    name: 'a 409 found with exactly these roles counts as done, not audited again',
    state: on(claimed, creating(1, [made1])),
    event: answerOf({ of: 'createAssignment', result: { ok: true, value: { id: 'a-2', roleDefinitionIds: [ROLE_2], status: 'active', existed: true } } }),
    expect: {
      state: on(assignedOf([made1, { id: 'a-2', groupId: 'g-2', groupName: 'Ops', roleIds: [ROLE_2], status: 'active' }])),
      effects: [assignShown()],
    },
  },
  {
    name: 'a 409 holding other roles: the card says what exists',
    state: on(claimed, creating(1, [made1])),
    event: answerOf({ of: 'createAssignment', result: { ok: true, value: { id: 'a-2', roleDefinitionIds: [ROLE], status: 'active', existed: true } } }),
    expect: {
      state: on(assignedOf([made1, { id: 'a-2', groupId: 'g-2', groupName: 'Ops', roleIds: [ROLE], status: 'active' }])),
      effects: [assignShown({ existing: [{ verdict: 'otherRoles', group: 'Ops', roleIds: [ROLE] }] })],
    },
  },
  {
    name: 'a 409 being removed: the card says so',
    state: on(claimed, creating(1, [made1])),
    event: answerOf({ of: 'createAssignment', result: { ok: true, value: { id: 'a-2', roleDefinitionIds: [ROLE_2], status: 'deleting', existed: true } } }),
    expect: {
      state: on(assignedOf([made1, { id: 'a-2', groupId: 'g-2', groupName: 'Ops', roleIds: [ROLE_2], status: 'deleting' }])),
      effects: [assignShown({ existing: [{ verdict: 'removing', group: 'Ops', roleIds: [ROLE_2] }] })],
    },
  },
  {
    name: 'a create fails: audited, the claim released for a retry (groups done answer 409 then)',
    state: on(claimed, creating(1, [made1])),
    event: answerOf({ of: 'createAssignment', result: { ok: false, failure: { kind: 'forbidden', missing: 'graphPermission' } } }),
    expect: {
      state: on(R.assignReview),
      effects: [
        audit('forbidden'),
        show({ card: 'failed', kind: 'requestGdap', failure: { kind: 'forbidden', missing: 'graphPermission' }, retry: { step: 'confirm', cardId: CARD } }),
      ],
    },
  },
  // Remove access, then Check status.
  {
    name: 'nothing picked to remove',
    ...signedIn(R.assigned, clickOn('requestGdap', 'undo', {})),
    expect: { state: on(R.assigned), effects: [assignShown({ say: 'access.noRemoval' })] },
  },
  {
    name: 'an assignment already being removed is not removed twice',
    ...signedIn(assignedOf([{ ...made1, status: 'deleting' }]), clickOn('requestGdap', 'undo', { groups: ['g-1'] })),
    expect: { state: on(assignedOf([{ ...made1, status: 'deleting' }])), effects: [assignShown({ say: 'access.noRemoval' })] },
  },
  {
    name: 'two removals: the first asked',
    ...signedIn(R.assigned, clickOn('requestGdap', 'undo', { groups: ['g-2', 'g-1'] })),
    expect: {
      state: on(R.assigned, { for: 'removals', current: 'a-1', left: ['a-2'] }),
      effects: [graph({ call: 'deleteAssignment', relationshipId: 'r-1', assignmentId: 'a-1' })],
    },
  },
  {
    name: 'one removed: audited, the next asked',
    state: on(R.assigned, { for: 'removals', current: 'a-1', left: ['a-2'] }),
    event: answerOf({ of: 'deleteAssignment', result: { ok: true, value: true } }),
    expect: {
      state: on(R.assigned, { for: 'removals', current: 'a-2', left: [] }),
      effects: [removal('succeeded', 'a-1'), graph({ call: 'deleteAssignment', relationshipId: 'r-1', assignmentId: 'a-2' })],
    },
  },
  {
    name: 'the last removed: the status read, to say it',
    state: on(R.assigned, { for: 'removals', current: 'a-2', left: [] }),
    event: answerOf({ of: 'deleteAssignment', result: { ok: true, value: true } }),
    expect: {
      state: on(R.assigned, { for: 'assignmentStatus', said: { say: 'access.removed' } }),
      effects: [removal('succeeded', 'a-2'), graph({ call: 'listAssignments', relationshipId: 'r-1' })],
    },
  },
  {
    name: 'a removal fails: audited, the card with the failure',
    state: on(R.assigned, { for: 'removals', current: 'a-1', left: ['a-2'] }),
    event: answerOf({ of: 'deleteAssignment', result: { ok: false, failure: { kind: 'conflict' } } }),
    expect: { state: on(R.assigned), effects: [removal('conflict', 'a-1'), assignShown({ failure: { kind: 'conflict' } })] },
  },
  {
    name: 'Check status on the assignments',
    ...signedIn(R.assigned, clickOn('requestGdap', 'status')),
    expect: { state: on(R.assigned, { for: 'assignmentStatus' }), effects: [graph({ call: 'listAssignments', relationshipId: 'r-1' })] },
  },
  {
    name: 'the status as Graph lists it; one no longer listed while being removed is removed',
    state: on(assignedOf([made1, { ...made2, status: 'deleting' }]), { for: 'assignmentStatus', said: { say: 'access.removed' } }),
    event: answerOf({ of: 'listAssignments', result: { ok: true, value: [{ id: 'a-1', status: 'active', createdAt: 3 }] } }),
    expect: {
      state: on({
        ...assignedOf([
          { ...made1, status: 'active', createdAt: 3 },
          { ...made2, status: 'deleted' },
        ]),
        checkedAt: NOW,
      } as ActionRecord),
      effects: [assignShown({ say: 'access.removed' })],
    },
  },
  {
    name: 'the status read fails',
    state: on(R.assigned, { for: 'assignmentStatus' }),
    event: answerOf({ of: 'listAssignments', result: { ok: false, failure: throttled } }),
    expect: { state: on(R.assigned), effects: [assignShown({ failure: throttled })] },
  },
  {
    name: 'an answer no step waits for shows the card',
    state: on(R.assigned),
    event: answerOf({ of: 'listGroups', result: { ok: true, value: [] } }),
    expect: { state: on(R.assigned), effects: [cardShown] },
  },
];

describe('action machine: Assign access (table)', () => table(ROWS));
