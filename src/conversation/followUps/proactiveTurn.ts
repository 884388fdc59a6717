// The follow-up's proactive turn, as decided before and after its sends (hosting/cases/proactive.ts
// continues the conversation, reads and saves its state, sends): where the conversation is, whether
// the approval's assigner runs first, whether the turn sends at all, the action card's record it
// leaves, what a delivery came to, and the HTTP status a failed continuation carries.
import type { FollowUp, OpenItem } from '../../domain/cases';
import { isRecord } from '../../domain/records';
import type { ActionRecord } from '../actions/actionRecords';
import { assignedAny, recordAfterAssigning, type ApprovalOutcome } from './approvalAssignMachine';
import { recordAfterFollowUp, type Delivery } from './followUpMessage';

/** What the approval's assigner answered: nothing (told already), not yet (looked at again later), or tell it with this outcome. */
export type ApprovalRun = 'skip' | 'later' | { outcome: ApprovalOutcome; relationshipRoles: readonly string[] };

/** The causes followed at most, looking for a status. */
const MAX_CAUSES = 5;

/** The HTTP status somewhere in an error's causes (the connector's RestError, wrapped by the turn runner). */
export function statusOf(error: unknown): number | undefined {
  for (let e: unknown = error, depth = 0; isRecord(e) && depth < MAX_CAUSES; e = e.cause, depth++) {
    const status = e.statusCode ?? e.status ?? (isRecord(e.response) ? e.response.status : undefined);
    if (typeof status === 'number') return status;
  }
  return undefined;
}

/**
 * Where the item's conversation is, without the id of the activity the action answered: a
 * continuation carrying it would be taken for that activity delivered again (and acknowledged
 * without a reply by the turn runner).
 */
export function referenceOf(item: Pick<OpenItem, 'conversation'>): Record<string, unknown> {
  const { activityId: _answered, ...reference } = item.conversation;
  return reference;
}

/** Whether the approval's turn asks the assigner first: an approval whose request asked to assign on approval, where the deployment can. */
export const assignsFirst = (followUp: FollowUp, item: Pick<OpenItem, 'assignOnApproval'>, canAssign: boolean): boolean =>
  followUp === 'approved' && item.assignOnApproval !== undefined && canAssign;

/**
 * What the turn does once the assigner (if it ran) answered: stop (told already: by the assigner's
 * word, or, without it, by the conversation's delivery key), hold the message back for later, or send.
 */
export function proactiveStep(assigning: ApprovalRun | undefined, delivered: boolean): 'stop' | 'later' | 'send' {
  if (assigning === 'skip' || (assigning === undefined && delivered)) return 'stop';
  return assigning === 'later' ? 'later' : 'send';
}

/** The action card's record after the follow-up: the access assignments' card where some were assigned, else the outcome's status; undefined: unchanged. */
export function recordForFollowUp(
  current: ActionRecord | undefined,
  followUp: FollowUp,
  assigned: Exclude<ApprovalRun, string> | undefined,
  now: number,
): ActionRecord | undefined {
  return (assigned && recordAfterAssigning(current, assigned.outcome, assigned.relationshipRoles, now)) ?? recordAfterFollowUp(current, followUp, now);
}

/** What a sent follow-up came to: access assigned on approval (the item follows it to active), or simply sent. */
export const sentAs = (assigned: Exclude<ApprovalRun, string> | undefined): Extract<Delivery, 'sent' | 'assigned'> =>
  assigned && assignedAny(assigned.outcome) ? 'assigned' : 'sent';
