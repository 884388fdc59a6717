// Assign on approval, as a machine: the approval's proactive turn asks the token service for the
// sign-in of the partner who asked, reads the relationship with it (this partner's own, and active),
// then makes the planned access assignments one group at a time, with Assign access's calls, 409
// rule and audit records; and tells the approval with what it assigned, or without assigning and
// why (the templates' groups and roles named, Assign access offered). A relationship still
// activating is looked at again later (the approval waits for it); one already told is not told
// again. Pure `(state, event) → (state, effects)`: the host gets the token, runs the calls and sends
// (hosting/cases/approvalAssign.ts), the delivery's once-only is the follow-ups' own.
import type { ActionFailure, ActionResult } from '../../domain/actions';
import { existingVerdict } from '../../domain/accessAssignments';
import { isGlobalAdministrator } from '../../domain/actions';
import { nextActivationLook, NotAssignedReason, PlannedAssignment } from '../../domain/assignOnApproval';
import type { AssignmentMade, RelationshipRead } from '../actions/machine';
import type { ActionRecord, AssignmentView } from '../actions/actionRecords';
import { commonOf } from '../actions/actionRecords';

/** A group whose assignment exists, made now or found made with exactly the planned roles. */
export type AssignedGroup = AssignmentView;
/** A group whose existing assignment holds other roles, or is being removed: nothing changed. */
export interface LeftAlone {
  groupId: string;
  groupName: string;
  verdict: 'otherRoles' | 'removing';
  roleIds: string[];
}
export interface NotMade {
  groupId: string;
  groupName: string;
  failure: ActionFailure['kind'];
}

/** What the approval says of the access: assigned (each group as it went), or nothing assigned and why. */
export type ApprovalOutcome = { assigned: AssignedGroup[]; leftAlone: LeftAlone[]; notMade: NotMade[] } | { notAssigned: NotAssignedReason };

export interface ApprovalState {
  plan: readonly PlannedAssignment[];
  relationshipId: string;
  customerTenantId: string;
  /** When the customer's approval was applied (the item's changedAt): how long activation has been waited for. */
  approvedAt: number;
  /** The owner's Entra object id where the channel proved it: a token naming someone else is never used. */
  ownerObjectId?: string;
  /** Within the turn: the groups' roles once the relationship was read, and how far the assignments went. */
  picks?: PlannedAssignment[];
  relationshipRoles?: string[];
  index?: number;
  assigned?: AssignedGroup[];
  leftAlone?: LeftAlone[];
  notMade?: NotMade[];
}

export type ApprovalEvent =
  /** `delivered`: the conversation's delivery key says this approval was told already (a process died before the item noted it). */
  | { on: 'start'; delivered: boolean }
  /** The token service's answer for the owner: none, or a token with its expiry and the object id it names, as far as they can be read. */
  | { on: 'token'; token: 'none' }
  | { on: 'token'; token: 'had'; expiresAt?: number; objectId?: string }
  | { on: 'relationship'; result: ActionResult<RelationshipRead> }
  | { on: 'created'; result: ActionResult<AssignmentMade> };

export type ApprovalEffect =
  | { do: 'token' }
  | { do: 'readRelationship'; relationshipId: string }
  | { do: 'create'; relationshipId: string; groupId: string; roleIds: readonly string[] }
  | { do: 'audit'; action: 'assignAccess'; customerTenantId: string; outcome: 'succeeded' | ActionFailure['kind']; resultId?: string }
  /** Not told now: looked at again later (the relationship is still activating, or Graph could not be reached for now). */
  | { do: 'later' }
  /** The approval, told with what was done. */
  | { do: 'tell'; outcome: ApprovalOutcome }
  /** Told already: nothing is sent, nothing called. */
  | { do: 'skip' };

export interface ApprovalStepped {
  state: ApprovalState;
  effects: ApprovalEffect[];
}

const out = (state: ApprovalState, ...effects: ApprovalEffect[]): ApprovalStepped => ({ state, effects });
const notAssigned = (state: ApprovalState, reason: NotAssignedReason): ApprovalStepped => out(state, { do: 'tell', outcome: { notAssigned: reason } });

/** Microsoft refused the partner's token or what it may do: the partner must act (sign in, consent, a role). */
const REFUSALS: readonly ActionFailure['kind'][] = ['unauthorized', 'mfaRequired', 'forbidden'];
/** Worth another look later: the service was busy or out of reach. */
const PASSING: readonly ActionFailure['kind'][] = ['throttled', 'unavailable', 'timeout'];

const nameOf = (p: PlannedAssignment): string => p.groupName ?? p.groupId;

export function approvalStep(state: ApprovalState, event: ApprovalEvent, now: number, retryMs: number): ApprovalStepped {
  // Waiting is bounded: past ACTIVATION_WAIT_MS the approval is told as it stands.
  const laterOr = (reason: NotAssignedReason): ApprovalStepped =>
    nextActivationLook(state.approvedAt, now, retryMs) !== undefined ? out(state, { do: 'later' }) : notAssigned(state, reason);
  switch (event.on) {
    case 'start':
      return event.delivered ? out(state, { do: 'skip' }) : out(state, { do: 'token' });
    case 'token':
      if (event.token === 'none') return notAssigned(state, 'signedOut');
      if (event.expiresAt !== undefined && event.expiresAt <= now) return notAssigned(state, 'expired');
      // The token service keys a sign-in by the channel's user id; where the channel proved who the owner is, the token must name them.
      if (state.ownerObjectId && event.objectId && state.ownerObjectId.toLowerCase() !== event.objectId.toLowerCase()) return notAssigned(state, 'signedOut');
      return out(state, { do: 'readRelationship', relationshipId: state.relationshipId });
    case 'relationship': {
      const r = event.result;
      if (!r.ok) {
        if (REFUSALS.includes(r.failure.kind)) return notAssigned(state, 'consent');
        return PASSING.includes(r.failure.kind) ? laterOr('failed') : notAssigned(state, 'failed');
      }
      // Approved is not yet active (D8): Graph takes no assignment before.
      if (r.value.status !== 'active') return laterOr('notActive');
      const held = new Set(r.value.roleDefinitionIds.map((id) => id.toLowerCase()));
      // The relationship's roles decide, as on Assign access; never Global Administrator.
      const picks = state.plan
        .map((p) => ({ ...p, roleIds: p.roleIds.filter((id) => held.has(id.toLowerCase()) && !isGlobalAdministrator(id)) }))
        .filter((p) => p.roleIds.length > 0);
      const next: ApprovalState = { ...state, picks, relationshipRoles: [...held].slice(0, 40), index: 0, assigned: [], leftAlone: [], notMade: [] };
      if (picks.length === 0) return notAssigned(state, 'failed');
      return out(next, create(next, picks[0]!));
    }
    case 'created': {
      const picks = state.picks ?? [];
      const index = state.index ?? 0;
      const pick = picks[index];
      if (!pick) return out(state, { do: 'skip' });
      const r = event.result;
      const assigned = [...(state.assigned ?? [])];
      const leftAlone = [...(state.leftAlone ?? [])];
      const notMade = [...(state.notMade ?? [])];
      const effects: ApprovalEffect[] = [];
      // One audit record per assignment this approval made or failed to make; one found made was recorded when it was made.
      if (!r.ok || !r.value.existed)
        effects.push({
          do: 'audit',
          action: 'assignAccess',
          customerTenantId: state.customerTenantId,
          outcome: r.ok ? 'succeeded' : r.failure.kind,
          ...(r.ok ? { resultId: r.value.id } : {}),
        });
      if (!r.ok) notMade.push({ groupId: pick.groupId, groupName: nameOf(pick), failure: r.failure.kind });
      else {
        const held = r.value.roleDefinitionIds.filter((id) => id.length <= 64).slice(0, 40);
        const verdict = r.value.existed ? existingVerdict(r.value, pick.roleIds) : 'same';
        if (verdict === 'otherRoles' || verdict === 'removing') leftAlone.push({ groupId: pick.groupId, groupName: nameOf(pick), verdict, roleIds: held });
        else
          assigned.push({
            id: r.value.id.slice(0, 256),
            groupId: pick.groupId,
            groupName: nameOf(pick).slice(0, 256),
            roleIds: held,
            status: r.value.status.slice(0, 64),
            ...(r.value.createdAt !== undefined ? { createdAt: r.value.createdAt } : {}),
          });
      }
      const next: ApprovalState = { ...state, index: index + 1, assigned, leftAlone, notMade };
      const following = picks[index + 1];
      if (following) return out(next, ...effects, create(next, following));
      return out(next, ...effects, { do: 'tell', outcome: { assigned, leftAlone, notMade } });
    }
  }
}

const create = (state: ApprovalState, pick: PlannedAssignment): ApprovalEffect => ({
  do: 'create',
  relationshipId: state.relationshipId,
  groupId: pick.groupId,
  roleIds: pick.roleIds,
});

/**
 * Whether the token service is asked for the turn's user's sign-in: only when that user is the
 * item's owner. The calls are made as the partner who asked, never as whoever the turn names.
 */
export const ownsTheSignIn = (turnUserId: string | undefined, ownerId: string): boolean => turnUserId !== undefined && turnUserId === ownerId;

/** Whether the approval's outcome made (or found) access assignments: the item then follows them to active. */
export const assignedAny = (outcome: ApprovalOutcome): boolean => 'assigned' in outcome && outcome.assigned.length > 0;

/** What the log says of an outcome: why nothing was assigned, or how many groups went each way (never a group's name). */
export const approvalLogFields = (outcome: ApprovalOutcome): Record<string, unknown> =>
  'notAssigned' in outcome
    ? { notAssigned: outcome.notAssigned }
    : { assigned: outcome.assigned.length, leftAlone: outcome.leftAlone.length, notMade: outcome.notMade.length };

/**
 * The GDAP card's record once access was assigned on approval: its access assignments' card (Check
 * status, Remove access), as Assign access leaves it; undefined when nothing was assigned or the
 * record is not the relationship's request (then the approval's usual status change applies).
 */
export function recordAfterAssigning(
  record: ActionRecord | undefined,
  outcome: ApprovalOutcome,
  relationshipRoles: readonly string[],
  now: number,
): ActionRecord | undefined {
  if (!record || record.kind !== 'requestGdap' || record.stage !== 'done' || !assignedAny(outcome) || !('assigned' in outcome)) return undefined;
  const { customer, relationshipId, approvalUrl, messageLocale } = record;
  return {
    ...commonOf(record),
    kind: 'requestGdap',
    stage: 'assigned',
    customer,
    relationshipId,
    approvalUrl,
    messageLocale,
    roleIds: [...relationshipRoles],
    assignments: outcome.assigned,
    checkedAt: now,
  };
}
