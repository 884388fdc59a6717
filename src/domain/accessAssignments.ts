// Assign access, least privilege: which roles a security group is offered (the deployment's
// templates, content/actions/assignmentTemplates.json), what to warn about a group before it gets
// them, what an assignment Graph already holds (a 409) means, and where a relationship's access
// stands once assigned (Graph's delegatedAdminAccessAssignment statuses: pending, active,
// deleting, deleted, error). Pure: Graph is the shell's.
import templatesFile from '../../content/actions/assignmentTemplates.json';
import { isGlobalAdministrator } from './actions';

export interface AssignmentTemplate {
  id: string;
  /** The group's whole display name, `*` for any characters, compared without case. */
  group?: string;
  /** Or the group's object id. */
  groupId?: string;
  /** With groupId: the group's display name, shown where the template is named (the id decides). */
  groupName?: string;
  why: string;
  roles: readonly { name: string; roleDefinitionId: string }[];
}

export const ASSIGNMENT_TEMPLATES: readonly AssignmentTemplate[] = templatesFile.templates;

/** What a template may not hold: Global Administrator is never least privilege (and stops a relationship extending itself). */
export function templateProblems(templates: readonly AssignmentTemplate[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const t of templates) {
    if (seen.has(t.id)) problems.push(`${t.id}: the id is used twice`);
    seen.add(t.id);
    if (t.roles.some((r) => isGlobalAdministrator(r.roleDefinitionId))) problems.push(`${t.id}: Global Administrator is never offered as a template role`);
    if ((t.group === undefined) === (t.groupId === undefined)) problems.push(`${t.id}: name either group or groupId`);
    if (t.groupName !== undefined && t.groupId === undefined) problems.push(`${t.id}: groupName goes with groupId`);
  }
  return problems;
}

const escape = (s: string): string => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Does a template's name pattern name this group (whole name, `*` any characters, without case)? */
export function namesGroup(pattern: string, name: string): boolean {
  return new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`, 'is').test(name);
}

/** The first template for a group, by its id, else by its name; undefined when none names it. */
export function templateFor(templates: readonly AssignmentTemplate[], group: { id: string; name: string }): AssignmentTemplate | undefined {
  return templates.find((t) => (t.groupId !== undefined ? t.groupId.toLowerCase() === group.id.toLowerCase() : namesGroup(t.group ?? '', group.name)));
}

/**
 * The roles preselected for a group: its template's, among those the relationship holds (in the
 * relationship's order); none when no template names the group, so nothing is granted by default.
 */
export function preselectedRoles(
  templates: readonly AssignmentTemplate[],
  group: { id: string; name: string },
  relationshipRoles: readonly string[],
): string[] {
  const template = templateFor(templates, group);
  if (!template) return [];
  const wanted = new Set(template.roles.map((r) => r.roleDefinitionId));
  return relationshipRoles.filter((r) => wanted.has(r));
}

/** What Graph says about a group before it gets roles; any of it may be unknown (the read failed). */
export interface GroupFacts {
  memberCount?: number;
  owners?: readonly string[];
  /** Is the signed-in partner a member (directly or through another group)? */
  signerIsMember?: boolean;
}

/** Facts kept with a picked group, read back from state: anything else is dropped. */
export function readGroupFacts(v: Record<string, unknown>): GroupFacts {
  const facts: GroupFacts = {};
  if (typeof v.memberCount === 'number' && Number.isInteger(v.memberCount) && v.memberCount >= 0) facts.memberCount = v.memberCount;
  if (Array.isArray(v.owners) && v.owners.length <= 10 && v.owners.every((o) => typeof o === 'string' && o.length <= 120)) facts.owners = v.owners as string[];
  if (typeof v.signerIsMember === 'boolean') facts.signerIsMember = v.signerIsMember;
  return facts;
}

export type GroupWarning = 'empty' | 'signerNotMember';

/** An empty group gives nobody access ("approved, but nobody can get in"); one without the signer gives them none. Unknown facts warn of nothing. */
export function groupWarnings(facts: GroupFacts): GroupWarning[] {
  const warnings: GroupWarning[] = [];
  if (facts.memberCount === 0) warnings.push('empty');
  if (facts.signerIsMember === false) warnings.push('signerNotMember');
  return warnings;
}

/**
 * A create answered 409: the group already has an assignment on this relationship. It counts as
 * done only when it holds exactly the roles asked for and is not being removed; otherwise the
 * partner is told what exists. `missing`: none found (the conflict is something else).
 */
export type ExistingVerdict = 'same' | 'otherRoles' | 'removing' | 'missing';

export function existingVerdict(existing: { roleDefinitionIds: readonly string[]; status: string } | undefined, asked: readonly string[]): ExistingVerdict {
  if (!existing) return 'missing';
  if (existing.status === 'deleting' || existing.status === 'deleted') return 'removing';
  const held = new Set(existing.roleDefinitionIds);
  const same = held.size === new Set(asked).size && asked.every((r) => held.has(r));
  return same ? 'same' : 'otherRoles';
}

/** Of a group's assignments (a list may still hold removed ones), the one that counts: not removed, if any. */
export function currentAssignment<T extends { status: string }>(all: readonly T[]): T | undefined {
  return all.find((a) => a.status !== 'deleted' && a.status !== 'deleting') ?? all[0];
}

/** An assignment pending longer than this is worth a word: Microsoft usually activates within minutes. */
export const STUCK_PENDING_HOURS = 4;
const HOUR = 60 * 60 * 1000;

/**
 * Where a relationship's access stands, from its assignments (removed ones left out):
 * - none: nothing assigned (yet, or every assignment removed);
 * - failed: one ended in `error` (Microsoft did not activate it);
 * - stuck: one has been pending longer than STUCK_PENDING_HOURS;
 * - pending: some still pending, not for long;
 * - active: every one active: the access step is done.
 */
export type AccessProgress = 'none' | 'failed' | 'stuck' | 'pending' | 'active';

export function accessProgress(assignments: readonly { status: string; createdAt?: number }[], now: number): AccessProgress {
  const live = assignments.filter((a) => a.status !== 'deleted' && a.status !== 'deleting');
  if (live.length === 0) return 'none';
  if (live.some((a) => a.status === 'error')) return 'failed';
  const pending = live.filter((a) => a.status !== 'active');
  if (pending.length === 0) return 'active';
  return pending.some((a) => a.createdAt !== undefined && now - a.createdAt >= STUCK_PENDING_HOURS * HOUR) ? 'stuck' : 'pending';
}
