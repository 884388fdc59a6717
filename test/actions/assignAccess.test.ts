// GDAP to the end, on the real bot against the stand-ins: once the customer approved the
// relationship, Check status shows it active and offers Assign access; the partner picks security
// groups of their own tenant (a Microsoft 365 group is never offered), confirms twice, and exactly
// one access assignment is created per group, shown on the card, pending then active. A 409
// ("already exists") counts as done. Shapes: Microsoft Graph "List groups" (learn.microsoft.com/graph/api/group-list:
// $filter on securityEnabled, startswith(displayName, …), $top), "Create accessAssignments"
// (…/graph/api/delegatedadminrelationship-post-accessassignments: accessContainer {accessContainerId,
// accessContainerType "securityGroup"}, accessDetails.unifiedRoles), "List accessAssignments"
// (…/graph/api/delegatedadminrelationship-list-accessassignments), delegatedAdminAccessAssignment
// (status pending, active).
import { strict as assert } from 'assert';
import { Activity } from 'botbuilder';
import { ActionWorld, CONNECTION } from '../support/actionWorld';
import { buttonsOf, CardJson, cardOf, Chat, findElements, resultOf } from '../support/chat';
import { buttonData, g1Answers } from '../support/gdapResult';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { SAMPLE_GROUPS } from '../../tools/standins/graphAccess';

const ASKER = { id: '29:asker', name: 'Alex Wilber' };
const OTHER = { id: '29:colleague', name: 'Dana Rossi' };
const en = catalogFor('en-US');
const HELPDESK_ADMIN = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const DIRECTORY_READERS = '88d8e3e3-8f55-4a1e-953a-9b9898b8876b';
const ASSIGNMENTS = 'POST /tenantRelationships/delegatedAdminRelationships/{id}/accessAssignments';
const [AGENTS, LEADS] = [SAMPLE_GROUPS[0]!, SAMPLE_GROUPS[1]!];
const NOT_SECURITY = SAMPLE_GROUPS.filter((g) => !g.securityEnabled || g.groupTypes.includes('Unified'));

const hasButton = (card: CardJson, step: string): boolean => buttonsOf(card).some((a) => a.data?.action === 'partnerCenter' && a.data?.step === step);
const json = (card: CardJson): string => JSON.stringify(card);

describe('Assign access after a GDAP approval, against the stand-ins', () => {
  let world: ActionWorld;
  let chat: Chat;
  beforeEach(async () => {
    world = await new ActionWorld().start();
    chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
  });
  afterEach(async () => {
    assert.deepEqual(world.linesWithTokens(), [], 'no log line carries a token');
    await world.stop();
  });

  const execute = async (data: Record<string, unknown>, from = ASKER): Promise<CardJson> => {
    const result = await chat.execute(data, { verb: 'partnerCenter', from });
    assert.equal(result.body.type, 'application/vnd.microsoft.card.adaptive', `a card, not ${JSON.stringify(result.body).slice(0, 200)}`);
    return result.body.value as CardJson;
  };

  /** A GDAP relationship requested on G1 and approved by the customer; the card after Check status. */
  async function approvedRelationship(): Promise<{ card: CardJson; relationshipId: string }> {
    await chat.say('start', { from: ASKER });
    let verdict: Partial<Activity> | undefined;
    for (const option of g1Answers()) {
      const clicked = await chat.executeAnswer(option, { from: ASKER });
      verdict = clicked.posted.find((a) => cardOf(a) && resultOf(cardOf(a)!).row) ?? verdict;
    }
    assert.equal(resultOf(cardOf(verdict!)!).row, 'G1');
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const started = await chat.execute(
      { action: 'partnerCenter', step: 'start', kind: 'requestGdap', row: 'G1', service: 'license' },
      { verb: 'partnerCenter', from: ASKER },
    );
    const form = started.posted.map(cardOf).find((c) => c !== undefined)!;
    const review = await execute({ ...buttonData(form, 'review'), customer: world.contoso.tenantId, roleSet: 'm365Support', duration: 'P730D' });
    const done = await execute({ ...buttonData(review, 'confirm'), roles: `${HELPDESK_ADMIN},${DIRECTORY_READERS}` });
    const pending = await execute(buttonData(done, 'status'));
    assert.ok(json(pending).includes(en.actions.gdapStatuses.approvalPending));
    assert.ok(!hasButton(pending, 'assign'), 'no Assign access before the customer approved');
    const crafted = await execute({ ...buttonData(pending, 'status'), step: 'assign' });
    assert.ok(!json(crafted).includes(en.actions.titles.assignForm), 'a crafted Assign access before approval shows the card as it stands');
    assert.equal(world.partnerCenter.calls('GET /groups'), 0, 'and calls nothing');
    const id = [...world.partnerCenter.received]
      .reverse()
      .find((r) => r.endpoint.startsWith('GET /tenantRelationships/delegatedAdminRelationships/'))!
      .path.split('/')
      .pop()!;
    assert.ok(world.partnerCenter.approve(decodeURIComponent(id)), 'the customer approves');
    const active = await execute(buttonData(pending, 'status'));
    assert.ok(json(active).includes(en.actions.gdapStatuses.active), 'active once approved');
    assert.ok(hasButton(active, 'assign'), 'and Assign access offered');
    return { card: active, relationshipId: decodeURIComponent(id) };
  }

  it('G1 → approved → Assign access → two groups → confirmed twice: one assignment per group, shown, pending then active', async () => {
    const { card: active, relationshipId } = await approvedRelationship();
    const form = await execute(buttonData(active, 'assign'));
    assert.ok(json(form).includes(en.actions.titles.assignForm));
    const groupsRequest = world.partnerCenter.received.find((r) => r.endpoint === 'GET /groups');
    assert.ok(groupsRequest, 'Graph was asked for the groups');
    assert.match(groupsRequest.query.$filter ?? '', /^securityEnabled eq true/, 'filtered to security groups');
    assert.equal(groupsRequest.query.$top, '20', 'one page, bounded');
    for (const g of NOT_SECURITY) assert.ok(!json(form).includes(g.id), `${g.displayName} is not offered`);

    // Searched by the start of a name: the Helpdesk security groups, never the Microsoft 365 ones named alike.
    const searched = await execute({ ...buttonData(form, 'search'), groupSearch: 'Helpdesk' });
    const search = [...world.partnerCenter.received].reverse().find((r) => r.endpoint === 'GET /groups')!;
    assert.match(search.query.$filter ?? '', /startswith\(displayName,'Helpdesk'\)/);
    const choices = (findElements(searched, (e) => e.id === 'groups')[0] as unknown as { choices: { value: string }[] }).choices.map((c) => c.value);
    assert.deepEqual(choices.sort(), [AGENTS.id, LEADS.id].sort(), 'the two Helpdesk security groups only');

    // A group the card never offered is not taken (crafted), the others are.
    const review = await execute({ ...buttonData(searched, 'review'), groups: `${AGENTS.id},${LEADS.id},${NOT_SECURITY[0]!.id}` });
    assert.ok(json(review).includes(en.actions.titles.assignConfirm));
    const pickers = findElements(review, (e) => typeof e.id === 'string' && /^roles\d$/.test(e.id)) as unknown as { id: string; value: string }[];
    assert.equal(pickers.length, 2, 'one role picker per group');
    // Both Helpdesk groups are named by a template holding these two of the relationship's roles (content/actions/assignmentTemplates.json).
    for (const p of pickers) assert.deepEqual(p.value.split(',').sort(), [HELPDESK_ADMIN, DIRECTORY_READERS].sort(), "the template's roles, preselected");
    assert.ok(json(review).includes(format(en.actions.access.fromTemplate, { group: AGENTS.displayName })));

    // Someone else's confirmation does nothing.
    const foreign = await chat.execute(
      { ...buttonData(review, 'confirm'), roles0: HELPDESK_ADMIN, roles1: DIRECTORY_READERS },
      { verb: 'partnerCenter', from: OTHER },
    );
    assert.equal(world.partnerCenter.calls(ASSIGNMENTS), 0, `a colleague's click calls nothing (${JSON.stringify(foreign.body).slice(0, 80)})`);

    const confirm = { ...buttonData(review, 'confirm'), roles0: `${HELPDESK_ADMIN},${DIRECTORY_READERS}`, roles1: DIRECTORY_READERS };
    const [first, second] = [await execute(confirm), await execute(confirm)];
    assert.equal(world.partnerCenter.calls(ASSIGNMENTS), 2, 'exactly one create per group, however often confirmed');
    assert.deepEqual(second, first, 'the second click shows the same card');
    const posts = world.partnerCenter.received.filter((r) => r.endpoint === ASSIGNMENTS);
    assert.ok(posts.every((p) => p.path === `/tenantRelationships/delegatedAdminRelationships/${encodeURIComponent(relationshipId)}/accessAssignments`));
    const bodies = posts.map((p) => p.body as { accessContainer: Record<string, string>; accessDetails: { unifiedRoles: { roleDefinitionId: string }[] } });
    assert.deepEqual(
      bodies.map((b) => [
        b.accessContainer.accessContainerId,
        b.accessContainer.accessContainerType,
        b.accessDetails.unifiedRoles.map((r) => r.roleDefinitionId).sort(),
      ]),
      [
        [AGENTS.id, 'securityGroup', [HELPDESK_ADMIN, DIRECTORY_READERS].sort()],
        [LEADS.id, 'securityGroup', [DIRECTORY_READERS]],
      ],
    );
    assert.ok(json(first).includes(en.actions.titles.assigned));
    assert.ok(json(first).includes(AGENTS.displayName) && json(first).includes(LEADS.displayName), 'both groups on the card');
    assert.ok(json(first).includes(en.actions.assignmentStatuses.pending), 'pending at first');

    const audit = world.lines.filter((l) => (l as Record<string, unknown>).audit === true && (l as Record<string, unknown>).action === 'assignAccess');
    assert.equal(audit.length, 2, 'one audit record per assignment made');

    const checked = await execute(buttonData(first, 'status'));
    assert.ok(json(checked).includes(en.actions.assignmentStatuses.active), 'active when checked again');
    assert.ok(!json(checked).includes(`"${en.actions.assignmentStatuses.pending}"`), 'none pending any more');
    assert.equal(world.partnerCenter.calls(ASSIGNMENTS), 2, 'Check status creates nothing');
  });

  it('an assignment that already exists (409) counts as done: it is looked up and shown, and not audited again', async () => {
    const { card: active, relationshipId } = await approvedRelationship();
    // The group was given access before (in Partner Center, or by an earlier confirmation).
    const before = world.partnerCenter.access.create(
      { id: relationshipId, status: 'active' },
      {
        accessContainer: { accessContainerId: AGENTS.id, accessContainerType: 'securityGroup' },
        accessDetails: { unifiedRoles: [{ roleDefinitionId: HELPDESK_ADMIN }] },
      },
    );
    assert.equal(before[0], 201);
    const form = await execute(buttonData(active, 'assign'));
    const review = await execute({ ...buttonData(form, 'review'), groups: AGENTS.id });
    const done = await execute({ ...buttonData(review, 'confirm'), roles0: HELPDESK_ADMIN });
    assert.equal(world.partnerCenter.calls(ASSIGNMENTS), 1, 'one create, answered 409');
    assert.equal(world.partnerCenter.calls('GET /tenantRelationships/delegatedAdminRelationships/{id}/accessAssignments'), 1, 'then looked up');
    assert.ok(json(done).includes(en.actions.titles.assigned), `done, not failed: ${json(done).slice(0, 200)}`);
    assert.ok(json(done).includes(AGENTS.displayName), 'the group shown with its assignment');
    assert.ok(!json(done).includes(en.actions.titles.failed));
    const audit = world.lines.filter((l) => (l as Record<string, unknown>).action === 'assignAccess');
    assert.equal(audit.length, 0, 'nothing was made by this confirmation');
  });

  it('Cancel goes back to the relationship’s card; an old form card then does nothing; Continue without a group says to choose one', async () => {
    const { card: active } = await approvedRelationship();
    const form = await execute(buttonData(active, 'assign'));
    const back = await execute(buttonData(form, 'cancel'));
    assert.ok(json(back).includes(en.actions.titles.gdapDone) && hasButton(back, 'assign'), 'the relationship card, Assign access still offered');
    const review = await execute({ ...buttonData(form, 'review'), groups: AGENTS.id });
    assert.ok(!json(review).includes(en.actions.titles.assignConfirm), 'the old form card is answered as the card stands now');
    assert.equal(world.partnerCenter.calls(ASSIGNMENTS), 0);
    const noGroups = await execute({ ...buttonData(await execute(buttonData(back, 'assign')), 'review') });
    assert.ok(json(noGroups).includes(en.actions.problems.noGroups), 'Continue without a group says to choose one');
  });

  /** Assign access opened on an approved relationship, the named groups picked: the confirmation card. */
  async function reviewOf(groups: string[]): Promise<{ review: CardJson; relationshipId: string }> {
    const { card: active, relationshipId } = await approvedRelationship();
    const form = await execute(buttonData(active, 'assign'));
    const all = await execute({ ...buttonData(form, 'search'), groupSearch: '' });
    return { review: await execute({ ...buttonData(all, 'review'), groups: groups.join(',') }), relationshipId };
  }
  const NIGHT = SAMPLE_GROUPS.find((g) => g.displayName === 'Night shift')!;
  const AZURE = SAMPLE_GROUPS.find((g) => g.displayName === 'Azure engineers')!;
  /** The roles preselected for a group on the confirmation (its picker is labelled with its name). */
  const pickerValue = (card: CardJson, group: string): string =>
    (findElements(card, (e) => e.label === format(en.actions.fields.rolesFor, { group }))[0] as unknown as { value?: string }).value ?? '';

  it('section 5.2: a group no template names gets no role preselected, and an empty one without the signer is warned of, with its members and owners', async () => {
    const { review } = await reviewOf([NIGHT.id, AGENTS.id]);
    assert.equal(pickerValue(review, NIGHT.displayName), '', 'Night shift: no template, no role preselected');
    assert.notEqual(pickerValue(review, AGENTS.displayName), '', 'Helpdesk agents: its template');
    for (const text of [
      format(en.actions.access.emptyGroup, { group: NIGHT.displayName }),
      format(en.actions.access.notMember, { group: NIGHT.displayName }),
      format(en.actions.access.noTemplate, { group: NIGHT.displayName }),
      'Megan Bowen',
    ])
      assert.ok(json(review).includes(text), text);
    assert.ok(!json(review).includes(format(en.actions.access.notMember, { group: AGENTS.displayName })), 'the signer is in Helpdesk agents');
    assert.equal(world.partnerCenter.calls('GET /groups/{groupId}/members/$count'), 2);
    // Confirming without choosing a role for Night shift creates nothing.
    const refused = await execute({ ...buttonData(review, 'confirm'), roles0: DIRECTORY_READERS, roles1: '' });
    assert.ok(json(refused).includes(en.actions.problems.noRoles));
    assert.equal(world.partnerCenter.calls(ASSIGNMENTS), 0);
  });

  it('section 5.2: a 409 on an assignment holding other roles is not done: the card says what exists, and nothing is audited', async () => {
    const { review, relationshipId } = await reviewOf([AGENTS.id]);
    world.partnerCenter.access.create(
      { id: relationshipId, status: 'active' },
      {
        accessContainer: { accessContainerId: AGENTS.id, accessContainerType: 'securityGroup' },
        accessDetails: { unifiedRoles: [{ roleDefinitionId: HELPDESK_ADMIN }] },
      },
    );
    const done = await execute({ ...buttonData(review, 'confirm'), roles0: `${HELPDESK_ADMIN},${DIRECTORY_READERS}` });
    const roles = format(en.actions.privilegedRole, { role: en.actions.roleNames[HELPDESK_ADMIN] });
    assert.ok(json(done).includes(format(en.actions.access.otherRoles, { group: AGENTS.displayName, roles })), `says what exists: ${json(done).slice(0, 300)}`);
    assert.equal(world.lines.filter((l) => (l as Record<string, unknown>).action === 'assignAccess').length, 0);
  });

  it('section 5.2: a 409 on an assignment being removed is not done either', async () => {
    const { review, relationshipId } = await reviewOf([AGENTS.id]);
    const [, made] = world.partnerCenter.access.create(
      { id: relationshipId, status: 'active' },
      {
        accessContainer: { accessContainerId: AGENTS.id, accessContainerType: 'securityGroup' },
        accessDetails: { unifiedRoles: [{ roleDefinitionId: HELPDESK_ADMIN }] },
      },
    );
    (world.partnerCenter.access.assignments.get(relationshipId) ?? []).find((a) => a.id === made.id)!.status = 'deleting';
    const done = await execute({ ...buttonData(review, 'confirm'), roles0: HELPDESK_ADMIN });
    assert.ok(json(done).includes(format(en.actions.access.removing, { group: AGENTS.displayName })), json(done).slice(0, 300));
  });

  it('section 5.2: Remove access deletes the picked group’s assignment with its ETag; the card follows it to removed', async () => {
    const { review } = await reviewOf([AGENTS.id, LEADS.id]);
    const done = await execute({ ...buttonData(review, 'confirm'), roles0: HELPDESK_ADMIN, roles1: DIRECTORY_READERS });
    assert.ok(hasButton(done, 'undo'), 'Remove access offered');
    const none = await execute(buttonData(done, 'undo'));
    assert.ok(json(none).includes(en.actions.access.noRemoval), 'a group to remove must be chosen');
    const removed = await execute({ ...buttonData(done, 'undo'), groups: AGENTS.id });
    const deletes = world.partnerCenter.received.filter((r) => r.method === 'DELETE');
    assert.equal(deletes.length, 1, 'one assignment removed');
    assert.ok(String(deletes[0]!.headers['if-match']).startsWith('W/"'), 'with its ETag');
    assert.ok(json(removed).includes(en.actions.access.removed));
    assert.ok(json(removed).includes(en.actions.assignmentStatuses.deleting));
    const audit = world.lines.filter((l) => (l as Record<string, unknown>).action === 'removeAccess');
    assert.equal(audit.length, 1, 'the removal is audited');
    const later = await execute(buttonData(removed, 'status'));
    assert.ok(json(later).includes(en.actions.assignmentStatuses.deleted), 'then removed');
  });

  it('section 4 gap 1: an assignment Microsoft fails is said so on Check status, with what to do', async () => {
    const { review } = await reviewOf([AZURE.id]);
    world.partnerCenter.access.hold(AZURE.id, 'error');
    const done = await execute({ ...buttonData(review, 'confirm'), roles0: DIRECTORY_READERS });
    const checked = await execute(buttonData(done, 'status'));
    assert.ok(json(checked).includes(en.actions.assignmentStatuses.error));
    assert.ok(json(checked).includes(en.actions.access.failed));
    assert.ok(!json(checked).includes(en.actions.access.allActive));
  });
});
