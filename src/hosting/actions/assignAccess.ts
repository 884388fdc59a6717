// Assign access: the last step of a GDAP request. Once the customer approved the relationship
// (Graph reports it active), the partner picks security groups of their own tenant and, for each,
// roles of the relationship; the access assignments are created once per confirmation (claimed
// and saved before the first call, as the other confirmations are) and their status shown. What a
// click may do is decided by routeClick (conversation/actionRecords.ts); this carries it out, and
// Check status on a request's card.
import { ActionInputs } from '../../conversation/actionClicks';
import { ActionRecord, AssignmentView, Assigning, GroupPick, commonOf } from '../../conversation/actionRecords';
import { ViewContext, assignView, failedView, roleChoices, viewOf } from '../../conversation/actionViews';
import { failureText } from '../../conversation/actionTexts';
import { ASSIGNMENT_TEMPLATES, ExistingVerdict, existingVerdict, preselectedRoles, templateFor } from '../../domain/accessAssignments';
import { format } from '../../domain/textCatalog';
import { plainText } from '../../conversation/cardParts';
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
    const assigned = record as Stage<'assigned'>;
    return to === 'undo' ? this.undo(turn, cardId, assigned, inputs) : this.status(turn, cardId, assigned);
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

  /**
   * Only groups the server offered on this card can be picked. Each starts with its template's
   * roles (none when no template names it: nothing is granted by default), and is shown with its
   * members and owners as Graph counts them.
   */
  private async review(turn: Turn, cardId: string, record: Stage<'assignForm'>, inputs: ActionInputs): Promise<ActionAnswer> {
    const picked = new Set(inputs.groups ?? []);
    const chosen = record.groups.filter((g) => picked.has(g.id)).slice(0, 10);
    if (chosen.length === 0) return answer(turn, { view: assignView(record, cardId, this.s.view(turn), turn.c.actions.problems.noGroups) }, true);
    const facts = await (await this.s.calls.graph(turn)).groupFacts(chosen.map((g) => g.id));
    const picks: GroupPick[] = chosen.map((g) => {
      const roleIds = preselectedRoles(ASSIGNMENT_TEMPLATES, g, record.roleIds);
      return { ...g, roleIds, ...facts.get(g.id), ...(templateFor(ASSIGNMENT_TEMPLATES, g) ? { templated: true as const } : {}) };
    });
    const reviewing: ActionRecord = { ...commonOf(record), ...grantedOf(record), kind: 'requestGdap', stage: 'assignReview', picks };
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
    const notDone: string[] = [];
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
      const { id, roleDefinitionIds, status, createdAt } = result.value;
      const shown = { id: id.slice(0, 256), groupId: pick.id, groupName: pick.name, roleIds: roleDefinitionIds.filter((r) => r.length <= 64).slice(0, 40) };
      made.push({ ...shown, status: status.slice(0, 64), ...(createdAt !== undefined ? { createdAt } : {}) });
      // One found already made counts as done only when it holds exactly these roles and is not being removed.
      const verdict = result.value.existed ? existingVerdict(result.value, pick.roleIds) : 'same';
      if (verdict !== 'same') notDone.push(this.existingText(turn, verdict, pick.name, shown.roleIds));
    }
    const assigned: ActionRecord = { ...commonOf(record), ...grantedOf(record), kind: 'requestGdap', stage: 'assigned', assignments: made };
    this.s.keep(turn, cardId, assigned);
    return answer(turn, { view: assignView(assigned, cardId, this.s.view(turn), notDone.length > 0 ? notDone.join(' ') : undefined) }, true);
  }

  /** What a group's existing assignment holds, when it is not what was asked for. */
  private existingText(turn: Turn, verdict: ExistingVerdict, group: string, roleIds: readonly string[]): string {
    const x = turn.c.actions.access;
    const roles = roleChoices(roleIds, this.s.view(turn))
      .map((r) => r.name)
      .join(', ');
    return format(verdict === 'removing' ? x.removing : x.otherRoles, { group: plainText(group), roles });
  }

  /**
   * Remove access (undo): the picked groups' assignments deleted in Graph (each read first for its
   * ETag), then the card as Graph has them now (deleting, then deleted). One audit record per removal.
   */
  private async undo(turn: Turn, cardId: string, record: Stage<'assigned'>, inputs: ActionInputs): Promise<ActionAnswer> {
    const picked = new Set(inputs.groups ?? []);
    const chosen = record.assignments.filter((a) => picked.has(a.groupId) && a.status !== 'deleting' && a.status !== 'deleted');
    if (chosen.length === 0) return answer(turn, { view: assignView(record, cardId, this.s.view(turn), turn.c.actions.access.noRemoval) }, true);
    const graph = await this.s.calls.graph(turn);
    for (const a of chosen) {
      const result = await graph.deleteAccessAssignment(record.relationshipId, a.id);
      this.s.calls.audit(turn, { action: 'removeAccess', customerTenantId: record.customer.tenantId, result, resultId: a.id });
      if (!result.ok) return answer(turn, { view: assignView(record, cardId, this.s.view(turn), failureText(turn.c, result.failure)) }, true);
    }
    return this.status(turn, cardId, record, turn.c.actions.access.removed);
  }

  /** Check status: the assignments as Graph has them now (pending until Microsoft activates them). */
  private async status(turn: Turn, cardId: string, record: Stage<'assigned'>, said?: string): Promise<ActionAnswer> {
    const listed = await (await this.s.calls.graph(turn)).listAccessAssignments(record.relationshipId);
    if (!listed.ok) return answer(turn, { view: assignView(record, cardId, this.s.view(turn), failureText(turn.c, listed.failure)) }, true);
    const byId = new Map(listed.value.map((a) => [a.id, a]));
    const assignments = record.assignments.map((a) => {
      const found = byId.get(a.id);
      // One Graph no longer lists has been removed.
      const status = found ? found.status.slice(0, 64) : a.status === 'deleting' ? 'deleted' : a.status;
      return { ...a, status, ...(found?.createdAt !== undefined ? { createdAt: found.createdAt } : {}) };
    });
    const now: ActionRecord = { ...record, assignments, checkedAt: Date.now() };
    this.s.keep(turn, cardId, now);
    return answer(turn, { view: assignView(now, cardId, this.s.view(turn), said) }, true);
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
