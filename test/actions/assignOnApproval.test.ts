// Assign on approval (issue 63), the pieces around the machine: which templates may assign by
// themselves (a group by object id only, never Global Administrator) and what a request plans of
// them; a plan read back whole or not at all; the setting, off by default; the GDAP form's choice
// kept only where the deployment offers it and planned at Confirm from the roles confirmed; an
// approval held back while the relationship activates (no failure counted) and one that assigned
// (its access followed to active); and the approval's message in the five languages.
import { strict as assert } from 'assert';
import { approvalPlan, approvalTemplates, nextActivationLook, readPlan, ACTIVATION_WAIT_MS } from '../../src/domain/assignOnApproval';
import { AssignmentTemplate, templateProblems } from '../../src/domain/accessAssignments';
import { afterDelivery } from '../../src/domain/followUpDecisions';
import { openItem, OpenItem } from '../../src/domain/cases';
import { readItem } from '../../src/domain/caseItems';
import { loadConfig } from '../../src/config';
import { step } from '../../src/conversation/actions/cardMachine';
import { followUpCard } from '../../src/conversation/followUps/followUpCards';
import { followUpViewOf } from '../../src/conversation/followUps/followUpMessage';
import { catalogFor } from '../../src/domain/textCatalog';
import { LOCALES } from '../../src/domain/locales';
import { formView } from '../../src/conversation/actions/actionViews';
import { actionCard } from '../../src/conversation/actions/actionCards';
import { offeredRoleSets } from '../../src/conversation/actions/roleSets';
import { CARD, CTX, R, ROLE, ROLE_2, answerOf, clickOn, on } from '../conversation/actions/tables';

const READERS = '88d8e3e3-8f55-4a1e-953a-9b9898b8876b';
const HELPDESK = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const USER_ADMIN = 'fe930be7-5e62-47db-91af-98c3a49a38b1';
const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';
const AGENTS = '6f1d2c3b-0a9e-4d8f-8b7a-1c2d3e4f5a61';
const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const MINUTE = 60_000;

const TEMPLATES: AssignmentTemplate[] = [
  { id: 'byName', group: 'Helpdesk*', why: 'by name', roles: [{ name: 'Helpdesk Administrator', roleDefinitionId: HELPDESK }] },
  {
    id: 'agents',
    groupId: AGENTS,
    groupName: 'Helpdesk agents',
    why: 'by id',
    roles: [
      { name: 'r', roleDefinitionId: READERS },
      { name: 'h', roleDefinitionId: HELPDESK },
    ],
  },
  { id: 'admins', groupId: 'be6c7b8a-5f4d-4cde-9acf-6b7c8d9eafb6', why: 'never', roles: [{ name: 'GA', roleDefinitionId: GLOBAL_ADMIN }] },
  { id: 'users', groupId: '8b3f4e5d-2c1a-4fab-8d9c-3e4f5a6b7c83', why: 'by id', roles: [{ name: 'u', roleDefinitionId: USER_ADMIN }] },
];

describe('Assign on approval (issue 63, review 4 gap 2): what is planned, kept and told', () => {
  it('only templates naming their group by object id take part, never one with Global Administrator', () => {
    assert.deepEqual(
      approvalTemplates(TEMPLATES).map((t) => t.id),
      ['agents', 'users'],
    );
  });

  it("a request plans each such template's roles it holds; a template sharing none plans nothing", () => {
    assert.deepEqual(approvalPlan(TEMPLATES, [HELPDESK, GLOBAL_ADMIN]), [{ groupId: AGENTS, groupName: 'Helpdesk agents', roleIds: [HELPDESK] }]);
    assert.deepEqual(approvalPlan(TEMPLATES, [GLOBAL_ADMIN]), []);
  });

  it('a plan reads back whole or not at all (Global Administrator, a group not by id, too many roles)', () => {
    const plan = [{ groupId: AGENTS, roleIds: [READERS] }];
    assert.deepEqual(readPlan(plan), plan);
    assert.equal(readPlan([{ groupId: AGENTS, roleIds: [GLOBAL_ADMIN] }]), undefined);
    assert.equal(readPlan([{ groupId: 'Helpdesk*', roleIds: [READERS] }]), undefined);
    assert.equal(readPlan([{ groupId: AGENTS, roleIds: Array(41).fill(READERS) }]), undefined);
    assert.equal(readPlan([]), undefined);
  });

  it('groupName goes with groupId only', () => {
    assert.deepEqual(templateProblems([{ id: 'x', group: 'A*', groupName: 'A', why: 'w', roles: [{ name: 'r', roleDefinitionId: READERS }] }]), [
      'x: groupName goes with groupId',
    ]);
  });

  it('ASSIGN_ON_APPROVAL is off by default, on when set, and refused without the actions', () => {
    assert.equal(loadConfig({ PARTNER_ACTIONS_DEMO: 'true' }).partnerActions?.assignOnApproval, undefined);
    assert.equal(loadConfig({ PARTNER_ACTIONS_DEMO: 'true', ASSIGN_ON_APPROVAL: 'true' }).partnerActions?.assignOnApproval, true);
    assert.throws(() => loadConfig({ ASSIGN_ON_APPROVAL: 'true' }), /ASSIGN_ON_APPROVAL needs the Partner Center actions/);
  });

  it('the form’s choice is kept only where the deployment offers it (a crafted input elsewhere asks for nothing)', () => {
    const inputs = { customer: 'contoso.onmicrosoft.com', roleSet: 'm365Support', duration: 'P730D', assignOnApproval: true };
    // The click waits for its sender's sign-in first, then goes on with the form's inputs.
    const afterSignIn = (ctx: typeof CTX) =>
      step(step(on(R.gdapForm), clickOn('requestGdap', 'review', inputs), ctx).state, answerOf({ of: 'token', signedIn: true }), ctx);
    const offered = afterSignIn({ ...CTX, onApproval: TEMPLATES });
    const crafted = afterSignIn(CTX);
    assert.equal(offered.state.record?.kind === 'requestGdap' && offered.state.record.stage === 'form' && offered.state.record.choice.assignOnApproval, true);
    assert.equal(
      crafted.state.record?.kind === 'requestGdap' && crafted.state.record.stage === 'form' && crafted.state.record.choice.assignOnApproval,
      undefined,
    );
  });

  it('Confirm plans from the roles confirmed, and the request’s card keeps the plan', () => {
    const review = { ...R.gdapReview, choice: { ...R.gdapReview.choice, assignOnApproval: true as const } };
    const ctx = { ...CTX, onApproval: TEMPLATES, roleSets: [{ id: 'm365Support', roleIds: [ROLE, ROLE_2, USER_ADMIN] }] };
    const confirming = step(on(review), clickOn('requestGdap', 'confirm', { roles: [ROLE_2] }), ctx);
    const signedIn = step(confirming.state, answerOf({ of: 'token', signedIn: true }), ctx);
    const made = step(signedIn.state, answerOf({ of: 'requestGdap', result: { ok: true, value: { relationshipId: 'r-9', approvalUrl: 'https://x' } } }), ctx);
    const record = made.state.record;
    assert.equal(made.state.cardId, CARD);
    // ROLE_2 is Directory Readers: the agents' template gives it; User Administrator was not confirmed, so Users get nothing.
    assert.deepEqual(record?.kind === 'requestGdap' && record.stage === 'done' ? record.assignOnApproval : 'no plan', [
      { groupId: AGENTS, groupName: 'Helpdesk agents', roleIds: [READERS] },
    ]);
  });

  const approved: OpenItem = {
    ...openItem(
      {
        kind: 'gdapApproval',
        objectId: 'rel-1',
        customer: { tenantId: '1c6a2f5e-3b7d-4e21-9f4a-6d8c0b1e2a31', name: 'Contoso Ltd' },
        owner: { id: '29:owner' },
        locale: 'en-US',
        cardId: 'card-1',
        conversation: {},
        shared: false,
        assignOnApproval: [{ groupId: AGENTS, groupName: 'Helpdesk agents', roleIds: [READERS, HELPDESK] }],
      },
      T0,
      5 * MINUTE,
    ),
    status: 'approved',
    changedAt: T0,
    sent: ['approved'],
    sending: ['approved'],
    sendingAt: T0,
  };

  it('an item with its plan reads back from the store; a plan on another kind does not', () => {
    assert.deepEqual(readItem(JSON.parse(JSON.stringify(approved))), approved);
    assert.equal(readItem({ ...approved, kind: 'transfer', id: 'transfer:rel-1' }), undefined);
  });

  it('an approval held back while the relationship activates: given back, no failure counted, looked at again after the poll interval', () => {
    const after = afterDelivery(approved, 'approved', 'later', T0 + MINUTE, 5 * MINUTE)!;
    assert.deepEqual([after.sent, after.sending, after.sendFailures, after.nextPollAt], [[], undefined, undefined, T0 + 6 * MINUTE]);
    // The looks thin out as the wait goes on, and stop after a day.
    assert.equal(nextActivationLook(T0, T0 + 20 * MINUTE, 5 * MINUTE), T0 + 40 * MINUTE);
    assert.equal(nextActivationLook(T0, T0 + ACTIVATION_WAIT_MS, 5 * MINUTE), undefined);
  });

  it('an approval that assigned access: sent, and its assignments followed to active from the next poll', () => {
    const after = afterDelivery(approved, 'approved', 'assigned', T0 + MINUTE, 5 * MINUTE)!;
    assert.deepEqual([after.sent, after.sending, after.access, after.nextPollAt], [['approved'], undefined, 'pending', T0 + MINUTE]);
  });

  for (const locale of LOCALES) {
    it(`the GDAP form offers it only where the deployment does, naming each template's group and roles, in ${locale}`, () => {
      const c = catalogFor(locale);
      const ctx = { c, locale, sets: offeredRoleSets(c, locale, undefined) };
      const shown = (onApproval?: AssignmentTemplate[]): string => {
        const form = formView(R.gdapForm, CARD, {}, { ...ctx, ...(onApproval ? { onApproval } : {}) });
        return 'view' in form ? JSON.stringify(actionCard(form.view, c).card) : form.text;
      };
      const role = (id: string): string => c.actions.roleNames[id as keyof typeof c.actions.roleNames];
      const offered = shown(approvalTemplates(TEMPLATES));
      assert.ok(offered.includes('"id":"assignOnApproval"') && offered.includes(c.actions.fields.assignOnApproval), 'the choice');
      assert.ok(offered.includes(`Helpdesk agents`) && offered.includes(`${role(READERS)}${c.separators.list}${role(HELPDESK)}`), 'the group and its roles');
      assert.ok(!shown().includes('assignOnApproval'), 'not offered where the deployment does not');
    });

    it(`the approval says what was assigned, or why nothing was, in ${locale}`, () => {
      const c = catalogFor(locale);
      const item = { ...approved, locale };
      const assigned = followUpCard(
        followUpViewOf(item, 'approved', T0, {
          assigned: [{ id: 'a', groupId: AGENTS, groupName: 'Helpdesk agents', roleIds: [READERS, HELPDESK], status: 'pending' }],
          leftAlone: [],
          notMade: [],
        }),
        c,
        locale,
      );
      const text = JSON.stringify(assigned.card);
      assert.ok(text.includes(JSON.stringify(c.followUps.texts.approvedAssigned).slice(1, -1)), 'says it assigned');
      const role = (id: string): string => c.actions.roleNames[id as keyof typeof c.actions.roleNames];
      // The roles by their names in the language, listed with its own separator (Chinese: "、").
      assert.ok(text.includes(`${role(READERS)}${c.separators.list}${role(HELPDESK)}`), 'names the roles in the language');
      assert.ok(text.includes(c.actions.assignmentStatuses.pending), 'with their status');
      const fallback = JSON.stringify(followUpCard(followUpViewOf(item, 'approved', T0, { notAssigned: 'expired' }), c, locale).card);
      assert.ok(fallback.includes(JSON.stringify(c.followUps.notAssigned.expired).slice(1, -1)), 'says why nothing was assigned');
      assert.ok(
        fallback.includes('Helpdesk agents') && fallback.includes(c.actions.buttons.assignAccess),
        'names the templates’ groups and offers Assign access',
      );
    });
  }
});
