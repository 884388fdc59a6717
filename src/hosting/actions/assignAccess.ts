// Assign access: the last step of a GDAP request. Once the customer approved the relationship
// (Graph reports it active), the partner picks security groups of their own tenant and, for each,
// roles of the relationship; the access assignments are created once per confirmation (claimed
// and saved before the first call, as the other confirmations are) and their status shown. What a
// click may do is decided by routeClick (conversation/actionRecords.ts); this carries it out, and
// Check status on a request's card.
import { ActionInputs } from '../../conversation/actionClicks';
import { ActionRecord, AssignmentView, Assigning, GroupPick, commonOf } from '../../conversation/actionRecords';
import { ViewContext, assignView, failedView, viewOf } from '../../conversation/actionViews';
import { failureText } from '../../conversation/actionTexts';
import { ActionCalls } from './actionCalls';
import { ActionAnswer, Turn, answer, saveClaim } from './actionTurn';

type GdapDone = Extract<ActionRecord, { kind: 'requestGdap'; stage: 'done' }>;
type Stage<S> = Extract<ActionRecord, { stage: S }>;

export interface AssignSettings {
  calls: ActionCalls;
  conversationState: object;
  keep: (turn: Turn, cardId: string, record: ActionRecord) => void;
  view: (turn: Turn) => ViewContext;
}

export class AssignAccess {
  constructor(private readonly s: AssignSettings) {}

  /** One routed step of the access assignments. */
  async step(turn: Turn, cardId: string, record: GdapDone | Assigning, to: string, inputs: ActionInputs): Promise<ActionAnswer> {
    if (to === 'assign') return this.open(turn, cardId, record);
    if (record.stage === 'assignForm')
      return to === 'search' ? this.search(turn, cardId, record, inputs.groupSearch ?? '') : this.review(turn, cardId, record, inputs);
    if (record.stage === 'assignReview') return this.confirm(turn, cardId, record, inputs);
    return this.status(turn, cardId, record as Stage<'assigned'>);
  }

  /** Asks Graph for the relationship first: it must still be active, and its roles are what can be assigned. */
  private async open(turn: Turn, cardId: string, record: GdapDone | Assigning): Promise<ActionAnswer> {
    const graph = await this.s.calls.graph(turn);
    const relationship = await graph.getRelationship(record.relationshipId);
    if (!relationship.ok) return answer(turn, failedView(turn.c, 'requestGdap', relationship.failure, { step: 'assign', cardId }), true);
    const { customer, relationshipId, approvalUrl, messageLocale } = record;
    const granted = { customer, relationshipId, approvalUrl, messageLocale };
    // Only what Graph reports active can be assigned; a relationship that is no longer (expired, ended) goes back to its card.
    if (relationship.value.status !== 'active') {
      const done: ActionRecord = {
        ...commonOf(record),
        kind: 'requestGdap',
        stage: 'done',
        ...granted,
        status: relationship.value.status,
        checkedAt: Date.now(),
      };
      this.s.keep(turn, cardId, done);
      const shown = viewOf(done, cardId, this.s.view(turn));
      return answer(turn, 'view' in shown ? { view: { ...shown.view, problem: turn.c.actions.problems.notActive } as typeof shown.view } : shown, true);
    }
    const roleIds = relationship.value.roleDefinitionIds.filter((id) => id.length <= 64).slice(0, 40);
    const form: ActionRecord = { ...commonOf(record), kind: 'requestGdap', stage: 'assignForm', ...granted, roleIds, groups: [] };
    return this.search(turn, cardId, form, '');
  }

  /** The partner's security groups whose name starts with what was typed (Graph's first page of them). */
  private async search(turn: Turn, cardId: string, record: Stage<'assignForm'>, typed: string): Promise<ActionAnswer> {
    const found = await (await this.s.calls.graph(turn)).listSecurityGroups(typed);
    const search = typed.trim().slice(0, 120);
    if (!found.ok) {
      this.s.keep(turn, cardId, record);
      return answer(turn, { view: assignView(record, cardId, this.s.view(turn), failureText(turn.c, found.failure)) }, true);
    }
    // Kept within the record's bounds (readRecord refuses anything longer): Graph's ids are GUIDs.
    const groups = found.value.filter((g) => g.id.length <= 64).map((g) => ({ id: g.id, name: g.displayName.slice(0, 256) }));
    const next: ActionRecord = { ...commonOf(record), ...grantedOf(record), kind: 'requestGdap', stage: 'assignForm', groups, ...(search ? { search } : {}) };
    this.s.keep(turn, cardId, next);
    return answer(turn, { view: assignView(next, cardId, this.s.view(turn)) }, true);
  }

  /** Only groups the server offered on this card can be picked; each starts with all the relationship's roles. */
  private async review(turn: Turn, cardId: string, record: Stage<'assignForm'>, inputs: ActionInputs): Promise<ActionAnswer> {
    const picked = new Set(inputs.groups ?? []);
    const picks: GroupPick[] = record.groups.filter((g) => picked.has(g.id)).map((g) => ({ ...g, roleIds: [...record.roleIds] }));
    if (picks.length === 0) return answer(turn, { view: assignView(record, cardId, this.s.view(turn), turn.c.actions.problems.noGroups) }, true);
    const reviewing: ActionRecord = { ...commonOf(record), ...grantedOf(record), kind: 'requestGdap', stage: 'assignReview', picks: picks.slice(0, 10) };
    this.s.keep(turn, cardId, reviewing);
    return answer(turn, { view: assignView(reviewing, cardId, this.s.view(turn)) }, true);
  }

  /** One create per picked group, after the claim is saved; a group already assigned (409) counts as done. */
  private async confirm(turn: Turn, cardId: string, record: Stage<'assignReview'>, inputs: ActionInputs): Promise<ActionAnswer> {
    const allowed = new Set(record.roleIds);
    // The roles chosen on the card (a retry sends none: the ones saved with the claim).
    const picks = record.picks.map((p, i) => ({ ...p, roleIds: inputs.groupRoles ? (inputs.groupRoles[i] ?? []).filter((id) => allowed.has(id)) : p.roleIds }));
    if (picks.some((p) => p.roleIds.length === 0)) {
      const selected = picks.map((p) => p.roleIds);
      return answer(turn, { view: assignView(record, cardId, this.s.view(turn), turn.c.actions.problems.noRoles, selected) }, true);
    }
    this.s.keep(turn, cardId, { ...record, picks, claimedAt: Date.now() });
    await saveClaim(this.s.conversationState, turn.context);
    const graph = await this.s.calls.graph(turn);
    const made: AssignmentView[] = [];
    for (const pick of picks) {
      const result = await graph.createAccessAssignment(record.relationshipId, pick.id, pick.roleIds);
      // One audit record per assignment this confirmation made (or failed to make); one found already made was recorded when it was made.
      if (!result.ok || !result.value.existed) {
        this.s.calls.audit(turn, {
          action: 'assignAccess',
          customerTenantId: record.customer.tenantId,
          result,
          resultId: result.ok ? result.value.id : undefined,
        });
      }
      if (!result.ok) {
        // Released for a retry: the groups already assigned answer 409 then, and count as done.
        this.s.keep(turn, cardId, { ...commonOf(record), ...grantedOf(record), kind: 'requestGdap', stage: 'assignReview', picks });
        return answer(turn, failedView(turn.c, 'requestGdap', result.failure, { step: 'confirm', cardId }), true);
      }
      const { id, roleDefinitionIds, status } = result.value;
      made.push({
        id: id.slice(0, 256),
        groupId: pick.id,
        groupName: pick.name,
        roleIds: roleDefinitionIds.filter((r) => r.length <= 64).slice(0, 40),
        status: status.slice(0, 64),
      });
    }
    const assigned: ActionRecord = { ...commonOf(record), ...grantedOf(record), kind: 'requestGdap', stage: 'assigned', assignments: made };
    this.s.keep(turn, cardId, assigned);
    return answer(turn, { view: assignView(assigned, cardId, this.s.view(turn)) }, true);
  }

  /** Check status: the assignments as Graph has them now (pending until Microsoft activates them). */
  private async status(turn: Turn, cardId: string, record: Stage<'assigned'>): Promise<ActionAnswer> {
    const listed = await (await this.s.calls.graph(turn)).listAccessAssignments(record.relationshipId);
    if (!listed.ok) return answer(turn, { view: assignView(record, cardId, this.s.view(turn), failureText(turn.c, listed.failure)) }, true);
    const byId = new Map(listed.value.map((a) => [a.id, a.status.slice(0, 64)]));
    const now: ActionRecord = { ...record, assignments: record.assignments.map((a) => ({ ...a, status: byId.get(a.id) ?? a.status })), checkedAt: Date.now() };
    this.s.keep(turn, cardId, now);
    return answer(turn, { view: assignView(now, cardId, this.s.view(turn)) }, true);
  }
}

/** What the access steps carry from the relationship's card. */
const grantedOf = (r: Assigning) => ({
  customer: r.customer,
  relationshipId: r.relationshipId,
  approvalUrl: r.approvalUrl,
  messageLocale: r.messageLocale,
  roleIds: r.roleIds,
});

/** Check status: the transfer's in Partner Center, the relationship's in Graph (approvalPending until the customer approves, then active). */
export async function checkStatus(
  s: AssignSettings,
  turn: Turn,
  cardId: string,
  record: Extract<ActionRecord, { stage: 'done'; kind: 'startTransfer' | 'requestGdap' }>,
): Promise<ActionAnswer> {
  const result =
    record.kind === 'startTransfer'
      ? await (await s.calls.partnerCenter(turn)).getTransfer(record.customer.tenantId, record.transferId, { correlationId: turn.correlationId })
      : await (await s.calls.graph(turn)).getRelationship(record.relationshipId);
  const now: ActionRecord = result.ok ? { ...record, status: result.value.status, checkedAt: Date.now() } : record;
  s.keep(turn, cardId, now);
  const view = viewOf(now, cardId, s.view(turn));
  const problem = !result.ok && 'view' in view ? { view: { ...view.view, problem: failureText(turn.c, result.failure) } as typeof view.view } : view;
  return answer(turn, problem, true);
}
