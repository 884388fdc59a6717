// The order of Graph's calls for a GDAP request (protocols/graph/gdapPlans.ts), from tables: the
// answers each call gets, the calls the plan makes and what it ends with. No HTTP: the plan is
// replayed against answers written by hand.
import { strict as assert } from 'assert';
import { ActionResult, failed, roleSet, succeeded } from '../../../src/domain/actions';
import { relationshipName } from '../../../src/domain/microsoftApis/graphAnswers';
import {
  createAssignmentPlan,
  createRelationshipPlan,
  deleteAssignmentPlan,
  groupFactsPlan,
  Plan,
  requestApprovalPlan,
  ServiceAnswer,
  ServiceCall,
} from '../../../src/protocols/graph/gdapPlans';

/** Runs a plan against one row of answers per step; the calls it made (as "METHOD path") and its result. */
function replay<T>(plan: Plan<T>, answers: ServiceAnswer[][]): { calls: string[]; result: ActionResult<T> } {
  const calls: string[] = [];
  let step = plan;
  for (const row of answers) {
    assert.ok(!('done' in step), `the plan ended with answers left: ${JSON.stringify(row)}`);
    const made: ServiceCall[] = step.calls;
    calls.push(...made.map((c) => `${c.method} ${c.path.split('?')[0]}${c.headers?.['If-Match'] ? ` If-Match ${c.headers['If-Match']}` : ''}`));
    assert.equal(made.length, row.length, 'one answer per call');
    step = step.then(row);
  }
  assert.ok('done' in step, 'the plan wants more calls than the table gives');
  return { calls, result: step.done };
}

const ok = (json: unknown, status = 200): ServiceAnswer => succeeded({ status, json });
const CONFLICT: ServiceAnswer = failed({ kind: 'conflict' });
const DOWN: ServiceAnswer = failed({ kind: 'unavailable', status: 503 });
const UNAUTHORIZED: ServiceAnswer = failed({ kind: 'unauthorized' });

const ROLES = roleSet('m365Support').roles.map((r) => r.roleDefinitionId);
const REQUEST = { confirmationKey: 'c-1', customerTenantId: 't-1', roleDefinitionIds: ROLES, duration: 'P730D' };
const NAME = relationshipName('c-1');
const relationship = (id: string, status: string) => ({
  id,
  displayName: NAME,
  status,
  duration: 'P730D',
  customer: { tenantId: 't-1' },
  accessDetails: { unifiedRoles: ROLES.map((roleDefinitionId) => ({ roleDefinitionId })) },
});
const found = (...items: unknown[]) => ok({ value: items });
const REL = '/tenantRelationships/delegatedAdminRelationships';
const LOOK_UP = `GET ${REL}`;
const CREATE = `POST ${REL}`;
const idOf = <T extends { id: string }>(r: ActionResult<T>): string | ActionResult<T> => (r.ok ? r.value.id : r);

describe("Graph: the order of a GDAP request's calls", () => {
  it('looks the relationship up by its name before creating it, and again when a create races another (409)', () => {
    const rows: [string, ServiceAnswer[][], string[], string | ActionResult<unknown>][] = [
      ['made before: found, nothing created', [[found(relationship('r-0', 'approvalPending'))]], [LOOK_UP], 'r-0'],
      ['none yet: created', [[found()], [ok(relationship('r-1', 'created'), 201)]], [LOOK_UP, CREATE], 'r-1'],
      ['a race: 409, then the other one found', [[found()], [CONFLICT], [found(relationship('r-2', 'created'))]], [LOOK_UP, CREATE, LOOK_UP], 'r-2'],
      ['a 409 with none to be found: the conflict', [[found()], [CONFLICT], [found()]], [LOOK_UP, CREATE, LOOK_UP], failed({ kind: 'conflict' })],
      ['a 409, then the look-up fails: the conflict', [[found()], [CONFLICT], [DOWN]], [LOOK_UP, CREATE, LOOK_UP], failed({ kind: 'conflict' })],
      ['any other failure of the create: as it is, no second look-up', [[found()], [DOWN]], [LOOK_UP, CREATE], DOWN],
      ['the look-up fails: nothing created', [[UNAUTHORIZED]], [LOOK_UP], UNAUTHORIZED],
    ];
    for (const [name, answers, calls, result] of rows) {
      const run = replay(createRelationshipPlan(REQUEST), answers);
      assert.deepEqual([run.calls, idOf(run.result)], [calls, result], name);
    }
  });

  it('sends no terms Graph would refuse', () => {
    assert.deepEqual(replay(createRelationshipPlan({ ...REQUEST, duration: 'P731D' }), []), { calls: [], result: failed({ kind: 'rejected', status: 0 }) });
  });

  it('locks for approval only a relationship still created, and gives its approval link', () => {
    const LOCK = (id: string) => `POST ${REL}/${id}/requests`;
    const locked = ok({ id: 'q', action: 'lockForApproval', status: 'created' }, 201);
    const rows: [string, ServiceAnswer[][], string[], string | ActionResult<unknown>][] = [
      ['new: created, then locked', [[found()], [ok(relationship('r-1', 'created'), 201)], [locked]], [LOOK_UP, CREATE, LOCK('r-1')], 'r-1'],
      ['made and locked before: not locked again', [[found(relationship('r-0', 'approvalPending'))]], [LOOK_UP], 'r-0'],
      ['made before, not yet locked: locked', [[found(relationship('r-0', 'created'))], [locked]], [LOOK_UP, LOCK('r-0')], 'r-0'],
      ['the lock fails: its failure', [[found(relationship('r-0', 'created'))], [DOWN]], [LOOK_UP, LOCK('r-0')], DOWN],
    ];
    for (const [name, answers, calls, expected] of rows) {
      const run = replay(requestApprovalPlan(REQUEST), answers);
      const result = run.result.ok ? run.result.value.relationship.id : run.result;
      assert.deepEqual([run.calls, result], [calls, expected], name);
      if (run.result.ok) assert.ok(run.result.value.approvalUrl.endsWith(`/granularAdminRelationships/${result as string}`));
    }
  });

  it("answers a second assignment for the same group (409) with the group's existing one, marked existed", () => {
    const ASSIGNMENTS = `${REL}/r-1/accessAssignments`;
    const assignment = (id: string, groupId: string) => ({
      id,
      status: 'active',
      accessContainer: { accessContainerId: groupId },
      accessDetails: { unifiedRoles: [] },
    });
    const rows: [string, ServiceAnswer[][], string[], unknown][] = [
      ['created', [[ok(assignment('a-1', 'g-1'), 201)]], [`POST ${ASSIGNMENTS}`], { id: 'a-1', existed: undefined }],
      [
        '409: the existing one',
        [[CONFLICT], [found(assignment('a-0', 'g-2'), assignment('a-9', 'G-1'))]],
        [`POST ${ASSIGNMENTS}`, `GET ${ASSIGNMENTS}`],
        { id: 'a-9', existed: true },
      ],
      ['409 and none for the group: the conflict', [[CONFLICT], [found(assignment('a-0', 'g-2'))]], [`POST ${ASSIGNMENTS}`, `GET ${ASSIGNMENTS}`], CONFLICT],
      ['another failure: as it is', [[DOWN]], [`POST ${ASSIGNMENTS}`], DOWN],
    ];
    for (const [name, answers, calls, expected] of rows) {
      const run = replay(createAssignmentPlan('r-1', 'g-1', ROLES), answers);
      const result = run.result.ok ? { id: run.result.value.id, existed: run.result.value.existed } : run.result;
      assert.deepEqual([run.calls, result], [calls, expected], name);
    }
  });

  it("reads the assignment's ETag before deleting it, and deletes nothing without one", () => {
    const PATH = `${REL}/r-1/accessAssignments/a-1`;
    const rows: [string, ServiceAnswer[][], string[], ActionResult<true>][] = [
      [
        'read, then deleted over its ETag',
        [[ok({ id: 'a-1', '@odata.etag': 'W/"7"' })], [ok(undefined, 204)]],
        [`GET ${PATH}`, `DELETE ${PATH} If-Match W/"7"`],
        succeeded(true),
      ],
      ['no ETag: an unexpected answer, no delete', [[ok({ id: 'a-1' })]], [`GET ${PATH}`], failed({ kind: 'unavailable', status: 200 })],
      ['the read fails: no delete', [[DOWN]], [`GET ${PATH}`], failed({ kind: 'unavailable', status: 503 })],
      [
        'the delete refused (412, changed since): as it is',
        [[ok({ '@odata.etag': 'e' })], [failed({ kind: 'rejected', status: 412 })]],
        [`GET ${PATH}`, `DELETE ${PATH} If-Match e`],
        failed({ kind: 'rejected', status: 412 }),
      ],
    ];
    for (const [name, answers, calls, result] of rows) assert.deepEqual(replay(deleteAssignmentPlan('r-1', 'a-1'), answers), { calls, result }, name);
  });

  it("asks whether the partner is in the groups, then each group's members and owners at once; a failed read leaves that fact unknown", () => {
    const run = replay(groupFactsPlan(['g-1', 'g-2']), [[ok({ value: ['g-2'] })], [ok(3), ok({ value: [{ displayName: 'Ana' }] })], [DOWN, DOWN]]);
    assert.deepEqual(run.calls, [
      'POST /me/checkMemberGroups',
      'GET /groups/g-1/members/$count',
      'GET /groups/g-1/owners',
      'GET /groups/g-2/members/$count',
      'GET /groups/g-2/owners',
    ]);
    assert.ok(run.result.ok);
    assert.deepEqual(
      [...run.result.value],
      [
        ['g-1', { memberCount: 3, owners: ['Ana'], signerIsMember: false }],
        ['g-2', { signerIsMember: true }],
      ],
    );
    const unknown = replay(groupFactsPlan(['g-1']), [[DOWN], [DOWN, DOWN]]);
    assert.deepEqual(unknown.result.ok && [...unknown.result.value], [['g-1', {}]], 'nothing known, nothing said');
  });
});
