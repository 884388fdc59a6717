// Assign on approval (issue 63, review 4 gap 2): when the customer approves a GDAP request whose
// partner asked for it, the access assignments its deployment's templates name are made at once,
// as the partner who asked (their sign-in, kept by the Azure Bot Service's token store), never with
// a standing write credential of the bot's own (review 5.6). Only templates that name their group
// by object id take part: nothing is granted through a name match no one checked. What a request
// plans, when an approval not yet active is looked at again, and how long that is waited for.
// Pure: the calls and the clock are the shell's.
import { isGlobalAdministrator } from './actions';
import type { AssignmentTemplate } from './accessAssignments';

/** One access assignment a request plans: a group by object id, and the template's roles the request holds. */
export interface PlannedAssignment {
  groupId: string;
  /** The group's display name as the template gives it (shown only; the id decides). */
  groupName?: string;
  roleIds: string[];
}

/** Groups planned at most (Assign access takes ten at a time too). */
export const MAX_PLANNED_GROUPS = 10;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The templates that may assign by themselves: those naming their group by object id, without Global Administrator. */
export const approvalTemplates = (templates: readonly AssignmentTemplate[]): AssignmentTemplate[] =>
  templates.filter((t) => t.groupId !== undefined && GUID.test(t.groupId) && !t.roles.some((r) => isGlobalAdministrator(r.roleDefinitionId)));

/**
 * What a request with these roles will assign on approval: per template naming its group by id,
 * its roles the request holds (in the template's order), never Global Administrator; a template
 * sharing none of the request's roles plans nothing. One group once (the first template wins).
 */
export function approvalPlan(templates: readonly AssignmentTemplate[], requestRoles: readonly string[]): PlannedAssignment[] {
  const held = new Set(requestRoles.map((r) => r.toLowerCase()));
  const plan: PlannedAssignment[] = [];
  for (const t of approvalTemplates(templates)) {
    const groupId = t.groupId!.toLowerCase();
    if (plan.some((p) => p.groupId === groupId)) continue;
    const roleIds = t.roles.map((r) => r.roleDefinitionId.toLowerCase()).filter((r) => held.has(r) && !isGlobalAdministrator(r));
    if (roleIds.length > 0) plan.push({ groupId, ...(t.groupName ? { groupName: t.groupName } : {}), roleIds });
  }
  return plan.slice(0, MAX_PLANNED_GROUPS);
}

/** A plan read back from the store or a card's record: anything else is no plan. */
export function readPlan(v: unknown): PlannedAssignment[] | undefined {
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_PLANNED_GROUPS) return undefined;
  const plan: PlannedAssignment[] = [];
  for (const p of v) {
    if (typeof p !== 'object' || p === null) return undefined;
    const { groupId, groupName, roleIds } = p as Record<string, unknown>;
    if (typeof groupId !== 'string' || !GUID.test(groupId)) return undefined;
    if (groupName !== undefined && (typeof groupName !== 'string' || groupName.length > 256)) return undefined;
    if (!Array.isArray(roleIds) || roleIds.length === 0 || roleIds.length > 40 || !roleIds.every((r) => typeof r === 'string' && GUID.test(r)))
      return undefined;
    if (roleIds.some((r) => isGlobalAdministrator(r as string))) return undefined;
    plan.push({ groupId, ...(typeof groupName === 'string' ? { groupName } : {}), roleIds: roleIds as string[] });
  }
  return plan;
}

/**
 * How long after the approval a relationship not yet active (Graph's `approved`, `activating`:
 * review D8) is waited for before the approval is told without assigning. Microsoft gives no
 * figure; provisioning usually takes minutes, and a day covers a slow one.
 */
export const ACTIVATION_WAIT_MS = 24 * 60 * 60 * 1000;
/** The longest wait between two looks at a relationship still activating. */
const MAX_LOOK_MS = 30 * 60 * 1000;

/**
 * When the approval is looked at again while the relationship activates: the poll interval at
 * first, then as long as has passed since the approval (so the looks thin out), half an hour at
 * most. Undefined once ACTIVATION_WAIT_MS has passed: the approval is told now, nothing assigned.
 */
export function nextActivationLook(approvedAt: number, now: number, retryMs: number): number | undefined {
  const waited = Math.max(0, now - approvedAt);
  if (waited >= ACTIVATION_WAIT_MS) return undefined;
  return now + Math.min(MAX_LOOK_MS, Math.max(retryMs, waited));
}

/**
 * Why nothing was assigned by itself (the approval then offers Assign access, the templates' roles preselected):
 * - signedOut: the token service holds no sign-in of the partner who asked (signed out, or never kept);
 * - expired: the token it holds has expired;
 * - consent: Microsoft refused the partner's token (consent, multi-factor authentication, a role or permission missing);
 * - notActive: the relationship did not become active within ACTIVATION_WAIT_MS;
 * - failed: Graph could not be reached or answered otherwise.
 */
export const NOT_ASSIGNED_REASONS = ['signedOut', 'expired', 'consent', 'notActive', 'failed'] as const;
export type NotAssignedReason = (typeof NOT_ASSIGNED_REASONS)[number];
