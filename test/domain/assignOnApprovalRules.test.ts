// The rules of assign on approval (src/domain/assignOnApproval.ts) at their edges, one at a time:
// a template with Global Administrator among other roles, two templates of one group, more
// groups than a request plans, and a plan read back (whole or not at all) at each of its bounds.
// Global Administrator's id is a GUID: written in capitals it is still Global Administrator.
import { strict as assert } from 'assert';
import { MAX_PLANNED_GROUPS, approvalPlan, approvalTemplates, readPlan } from '../../src/domain/assignOnApproval';
import { AssignmentTemplate, templateProblems } from '../../src/domain/accessAssignments';

const READERS = '88d8e3e3-8f55-4a1e-953a-9b9898b8876b';
const HELPDESK = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';
const GROUP = '6f1d2c3b-0a9e-4d8f-8b7a-1c2d3e4f5a61';
const OTHER_GROUP = '0b7e4c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c';

/** The n-th made-up group id (hex, one digit changing). */
const groupId = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function template(id: string, group: string, roles: string[]): AssignmentTemplate {
  return { id, groupId: group, why: id, roles: roles.map((r) => ({ name: r, roleDefinitionId: r })) };
}

describe('assign on approval rules: the templates that may assign', () => {
  it('a template with Global Administrator among other roles is left out, not only one with it alone', () => {
    const kept = approvalTemplates([template('mixed', GROUP, [READERS, GLOBAL_ADMIN]), template('plain', OTHER_GROUP, [READERS])]);
    assert.deepEqual(
      kept.map((t) => t.id),
      ['plain'],
    );
  });
});

describe('assign on approval rules: Global Administrator in capitals', () => {
  const upper = GLOBAL_ADMIN.toUpperCase();
  it('a template naming it is refused by the templates check', () => {
    assert.deepEqual(templateProblems([template('upper', GROUP, [READERS, upper])]), ['upper: Global Administrator is never offered as a template role']);
  });
  it('a template naming it never assigns by itself', () => {
    assert.deepEqual(approvalTemplates([template('upper', GROUP, [READERS, upper])]), []);
  });
  it('a plan read back that holds it is no plan', () => {
    assert.equal(readPlan([{ groupId: GROUP, roleIds: [READERS, upper] }]), undefined);
  });
});

describe('assign on approval rules: what a request plans', () => {
  it('a group named by two templates (in any case) is planned once, from the first; the next group still is', () => {
    const plan = approvalPlan(
      [template('first', GROUP, [READERS]), template('again', GROUP.toUpperCase(), [HELPDESK]), template('next', OTHER_GROUP, [HELPDESK])],
      [READERS, HELPDESK],
    );
    assert.deepEqual(plan, [
      { groupId: GROUP, roleIds: [READERS] },
      { groupId: OTHER_GROUP, roleIds: [HELPDESK] },
    ]);
  });
  it(`at most ${MAX_PLANNED_GROUPS} groups are planned`, () => {
    const templates = Array.from({ length: MAX_PLANNED_GROUPS + 2 }, (_, n) => template(`t${n}`, groupId(n + 1), [READERS]));
    const plan = approvalPlan(templates, [READERS]);
    assert.deepEqual(
      plan.map((p) => p.groupId),
      templates.slice(0, MAX_PLANNED_GROUPS).map((t) => t.groupId),
    );
  });
});

describe('assign on approval rules: a plan read back', () => {
  const entry = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({ groupId: GROUP, roleIds: [READERS], ...fields });
  it(`takes ${MAX_PLANNED_GROUPS} groups, not one more`, () => {
    const groups = (n: number): unknown[] => Array.from({ length: n }, (_, k) => ({ groupId: groupId(k + 1), roleIds: [READERS] }));
    assert.equal(readPlan(groups(MAX_PLANNED_GROUPS))?.length, MAX_PLANNED_GROUPS);
    assert.equal(readPlan(groups(MAX_PLANNED_GROUPS + 1)), undefined);
  });
  it('an entry that is no object (null, a text) makes it no plan', () => {
    assert.equal(readPlan([entry(), null]), undefined);
    assert.equal(readPlan([entry(), 'group']), undefined);
  });
  it('keeps the group name given, up to 256 characters; a longer one, or one that is no text, makes it no plan', () => {
    assert.deepEqual(readPlan([entry({ groupName: 'Helpdesk agents' })]), [{ groupId: GROUP, groupName: 'Helpdesk agents', roleIds: [READERS] }]);
    assert.equal(readPlan([entry({ groupName: 'x'.repeat(256) })])?.[0]?.groupName?.length, 256);
    assert.equal(readPlan([entry({ groupName: 'x'.repeat(257) })]), undefined);
    assert.equal(readPlan([entry({ groupName: 5 })]), undefined);
  });
  it('takes 1 to 40 role ids, each a GUID; none, 41 or one that is no GUID makes it no plan', () => {
    const roles = (n: number): string[] => Array.from({ length: n }, (_, k) => groupId(k + 100));
    assert.equal(readPlan([entry({ roleIds: roles(40) })])?.[0]?.roleIds.length, 40);
    assert.equal(readPlan([entry({ roleIds: roles(41) })]), undefined);
    assert.equal(readPlan([entry({ roleIds: [] })]), undefined);
    assert.equal(readPlan([entry({ roleIds: [READERS, 'not-a-guid'] })]), undefined);
    assert.equal(readPlan([entry({ roleIds: [READERS, 7] })]), undefined);
    // A list holding a GUID reads as that GUID when made a text: it is no role id either.
    assert.equal(readPlan([entry({ roleIds: [READERS, [HELPDESK]] })]), undefined);
  });
});
