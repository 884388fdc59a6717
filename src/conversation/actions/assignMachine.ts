// Assign access, the last step of a GDAP request, as steps of the card machine: once Graph reports
// the relationship active, the partner picks security groups of their own tenant and, for each,
// roles of the relationship; one access assignment is created per group (claimed and saved before
// the first create, a 409 "already exists" counted as done only when it holds exactly the roles
// asked), then Check status and Remove access. Pure: the calls are effects whose answers come back.
import { ASSIGNMENT_TEMPLATES, existingVerdict, preselectedRoles, templateFor } from '../../domain/accessAssignments';
import { ActionInputs } from './actionClicks';
import { ActionRecord, Assigning, GroupPick, commonOf } from './actionRecords';
import { Answer, CardState, Effect, Problem, Say, StepContext, Stepped, outcomeOf, stepped } from './machine';

type Stage<S> = Extract<ActionRecord, { stage: S; kind: 'requestGdap' }>;

/** The access steps' card as the step leaves it, with what is wrong (and the roles picked, on a review shown again). */
const assign = (problem?: Problem, selected?: readonly string[][]): Effect => ({
  do: 'show',
  screen: { card: 'assign', ...(problem ? { problem } : {}), ...(selected ? { selected } : {}) },
  replaces: true,
});

/** What the access steps carry from the relationship's card. */
const grantedOf = (r: Assigning) => ({
  customer: r.customer,
  relationshipId: r.relationshipId,
  approvalUrl: r.approvalUrl,
  messageLocale: r.messageLocale,
  roleIds: r.roleIds,
});

/** A signed-in partner's click on the access steps, routed (actionRecords.routeClick). */
export function assignClick(state: CardState, to: string, inputs: ActionInputs, ctx: StepContext): Stepped {
  const record = state.record as Stage<'done'> | Assigning;
  // Graph is asked for the relationship first: it must still be active, and its roles are what can be assigned.
  if (to === 'assign')
    return stepped({ ...state, awaiting: { for: 'relationship' } }, { do: 'call', call: { call: 'getRelationship', relationshipId: record.relationshipId } });
  if (record.stage === 'assignForm') {
    if (to === 'search') return search(state, inputs.groupSearch ?? '');
    // Only groups the server offered on this card can be picked.
    const picked = new Set(inputs.groups ?? []);
    const chosen = record.groups.filter((g) => picked.has(g.id)).slice(0, 10);
    if (chosen.length === 0) return stepped(state, assign({ say: 'problems.noGroups' }));
    return stepped({ ...state, awaiting: { for: 'facts', chosen } }, { do: 'call', call: { call: 'groupFacts', groupIds: chosen.map((g) => g.id) } });
  }
  if (record.stage === 'assignReview') {
    const allowed = new Set(record.roleIds);
    // The roles chosen on the card (a retry sends none: the ones saved with the claim).
    const picks = record.picks.map((p, i) => ({ ...p, roleIds: inputs.groupRoles ? (inputs.groupRoles[i] ?? []).filter((id) => allowed.has(id)) : p.roleIds }));
    if (picks.some((p) => p.roleIds.length === 0))
      return stepped(
        state,
        assign(
          { say: 'problems.noRoles' },
          picks.map((p) => p.roleIds),
        ),
      );
    const claimed: ActionRecord = { ...record, picks, claimedAt: ctx.now };
    return stepped(
      { ...state, record: claimed, awaiting: { for: 'assignments', index: 0, made: [], existing: [] } },
      { do: 'saveClaim' },
      create(record, picks[0]!),
    );
  }
  if (record.stage !== 'assigned') return stepped(state, { do: 'show', screen: { card: 'record' }, replaces: true });
  if (to !== 'undo') return statusOf(state, record);
  const picked = new Set(inputs.groups ?? []);
  const chosen = record.assignments.filter((a) => picked.has(a.groupId) && a.status !== 'deleting' && a.status !== 'deleted').map((a) => a.id);
  if (chosen.length === 0) return stepped(state, assign({ say: 'access.noRemoval' }));
  return remove(state, record, chosen);
}

const search = (state: CardState, typed: string): Stepped =>
  stepped({ ...state, awaiting: { for: 'groups', search: typed.trim().slice(0, 120) } }, { do: 'call', call: { call: 'listGroups', search: typed } });

const create = (record: Assigning, pick: GroupPick): Effect => ({
  do: 'call',
  call: { call: 'createAssignment', relationshipId: record.relationshipId, groupId: pick.id, roleIds: pick.roleIds },
});

const remove = (state: CardState, record: Assigning, ids: readonly string[]): Stepped =>
  stepped(
    { ...state, awaiting: { for: 'removals', current: ids[0]!, left: ids.slice(1) } },
    { do: 'call', call: { call: 'deleteAssignment', relationshipId: record.relationshipId, assignmentId: ids[0]! } },
  );

const statusOf = (state: CardState, record: Assigning, said?: Say): Stepped =>
  stepped(
    { ...state, awaiting: { for: 'assignmentStatus', ...(said ? { said } : {}) } },
    { do: 'call', call: { call: 'listAssignments', relationshipId: record.relationshipId } },
  );

export function assignAnswer(state: CardState, awaiting: CardState['awaiting'], a: Answer, ctx: StepContext): Stepped {
  const record = state.record;
  const unexpected = stepped(state, { do: 'show', screen: { card: 'record' }, replaces: true });
  if (!record || record.kind !== 'requestGdap') return unexpected;
  if (
    awaiting?.for === 'relationship' &&
    a.of === 'getRelationship' &&
    (record.stage === 'done' || record.stage === 'assignForm' || record.stage === 'assignReview' || record.stage === 'assigned')
  ) {
    if (!a.result.ok) {
      return stepped(state, {
        do: 'show',
        screen: { card: 'failed', kind: 'requestGdap', failure: a.result.failure, retry: { step: 'assign', cardId: state.cardId! } },
        replaces: true,
      });
    }
    const { customer, relationshipId, approvalUrl, messageLocale } = record;
    const granted = { customer, relationshipId, approvalUrl, messageLocale };
    // Only what Graph reports active can be assigned; a relationship that is no longer (expired, ended) goes back to its card.
    if (a.result.value.status !== 'active') {
      const done: ActionRecord = { ...commonOf(record), kind: 'requestGdap', stage: 'done', ...granted, status: a.result.value.status, checkedAt: ctx.now };
      return stepped({ ...state, record: done }, { do: 'show', screen: { card: 'record', problem: { say: 'problems.notActive' } }, replaces: true });
    }
    const roleIds = a.result.value.roleDefinitionIds.filter((id) => id.length <= 64).slice(0, 40);
    return search({ ...state, record: { ...commonOf(record), kind: 'requestGdap', stage: 'assignForm', ...granted, roleIds, groups: [] } }, '');
  }
  if (awaiting?.for === 'groups' && a.of === 'listGroups' && record.stage === 'assignForm') {
    if (!a.result.ok) return stepped(state, assign({ failure: a.result.failure }));
    // Kept within the record's bounds (readRecord refuses anything longer): Graph's ids are GUIDs.
    const groups = a.result.value.filter((g) => g.id.length <= 64).map((g) => ({ id: g.id, name: g.displayName.slice(0, 256) }));
    const search = awaiting.search;
    const next: ActionRecord = { ...commonOf(record), ...grantedOf(record), kind: 'requestGdap', stage: 'assignForm', groups, ...(search ? { search } : {}) };
    return stepped({ ...state, record: next }, assign());
  }
  if (awaiting?.for === 'facts' && a.of === 'groupFacts' && record.stage === 'assignForm') {
    // Each group starts with its template's roles (none when no template names it: nothing is granted by default).
    const picks: GroupPick[] = awaiting.chosen.map((g) => ({
      ...g,
      roleIds: preselectedRoles(ASSIGNMENT_TEMPLATES, g, record.roleIds),
      ...a.facts.get(g.id),
      ...(templateFor(ASSIGNMENT_TEMPLATES, g) ? { templated: true as const } : {}),
    }));
    return stepped({ ...state, record: { ...commonOf(record), ...grantedOf(record), kind: 'requestGdap', stage: 'assignReview', picks } }, assign());
  }
  if (awaiting?.for === 'assignments' && a.of === 'createAssignment' && record.stage === 'assignReview') {
    const pick = record.picks[awaiting.index]!;
    const result = a.result;
    // One audit record per assignment this confirmation made (or failed to make); one found already made was recorded when it was made.
    const audit: Effect[] =
      !result.ok || !result.value.existed
        ? [
            {
              do: 'audit',
              action: 'assignAccess',
              customerTenantId: record.customer.tenantId,
              outcome: outcomeOf(result),
              ...(result.ok ? { resultId: result.value.id } : {}),
            },
          ]
        : [];
    if (!result.ok) {
      // Released for a retry: the groups already assigned answer 409 then, and count as done.
      const released: ActionRecord = { ...commonOf(record), ...grantedOf(record), kind: 'requestGdap', stage: 'assignReview', picks: record.picks };
      const failed = { card: 'failed', kind: 'requestGdap', failure: result.failure, retry: { step: 'confirm', cardId: state.cardId! } } as const;
      return stepped({ ...state, record: released }, ...audit, { do: 'show', screen: failed, replaces: true });
    }
    const { id, roleDefinitionIds, status, createdAt } = result.value;
    const roleIds = roleDefinitionIds.filter((r) => r.length <= 64).slice(0, 40);
    const made = [
      ...awaiting.made,
      { id: id.slice(0, 256), groupId: pick.id, groupName: pick.name, roleIds, status: status.slice(0, 64), ...(createdAt !== undefined ? { createdAt } : {}) },
    ];
    // One found already made counts as done only when it holds exactly these roles and is not being removed.
    const verdict = result.value.existed ? existingVerdict(result.value, pick.roleIds) : 'same';
    const existing = verdict === 'same' || verdict === 'missing' ? awaiting.existing : [...awaiting.existing, { verdict, group: pick.name, roleIds }];
    const next = record.picks[awaiting.index + 1];
    if (next) return stepped({ ...state, awaiting: { for: 'assignments', index: awaiting.index + 1, made, existing } }, ...audit, create(record, next));
    const assigned: ActionRecord = { ...commonOf(record), ...grantedOf(record), kind: 'requestGdap', stage: 'assigned', assignments: made };
    return stepped({ ...state, record: assigned }, ...audit, assign(existing.length > 0 ? { existing } : undefined));
  }
  if (awaiting?.for === 'removals' && a.of === 'deleteAssignment' && record.stage === 'assigned') {
    const audit: Effect = {
      do: 'audit',
      action: 'removeAccess',
      customerTenantId: record.customer.tenantId,
      outcome: outcomeOf(a.result),
      resultId: awaiting.current,
    };
    if (!a.result.ok) return stepped(state, audit, assign({ failure: a.result.failure }));
    if (awaiting.left.length > 0) {
      const next = remove(state, record, awaiting.left);
      return { state: next.state, effects: [audit, ...next.effects] };
    }
    const status = statusOf(state, record, { say: 'access.removed' });
    return { state: status.state, effects: [audit, ...status.effects] };
  }
  if (awaiting?.for === 'assignmentStatus' && a.of === 'listAssignments' && record.stage === 'assigned') {
    if (!a.result.ok) return stepped(state, assign({ failure: a.result.failure }));
    const byId = new Map(a.result.value.map((x) => [x.id, x]));
    const assignments = record.assignments.map((x) => {
      const found = byId.get(x.id);
      // One Graph no longer lists has been removed.
      const status = found ? found.status.slice(0, 64) : x.status === 'deleting' ? 'deleted' : x.status;
      return { ...x, status, ...(found?.createdAt !== undefined ? { createdAt: found.createdAt } : {}) };
    });
    return stepped({ ...state, record: { ...record, assignments, checkedAt: ctx.now } }, assign(awaiting.said));
  }
  return unexpected;
}
