// Microsoft Graph's answers of a GDAP request read into typed values (a relationship, its approval
// request, the partner's security groups, access assignments and what Graph says of a group), and
// what the bot asks of Graph: the relationship's unique name (Graph's create takes no idempotency
// key, so the name made from the partner's confirmation is one), the filters and page of a group
// search, and which of a group's assignments is the one that counts after a create answered 409.
// Pure: the client (src/hosting/microsoftApis/graphClient.ts) sends, and reads its answers here.
import { ActionResult, succeeded } from '../actions';
import { currentAssignment, GroupFacts } from '../accessAssignments';
import { isRecord } from '../records';
import { listOf, stringOf, unexpectedShape } from './serviceAnswers';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';

export interface GdapRequest {
  /** The partner's confirmation id: the same for a retry of the same confirmation. */
  confirmationKey: string;
  customerTenantId: string;
  customerName?: string;
  roleDefinitionIds: readonly string[];
  /** ISO 8601 days, P1D..P730D. */
  duration: string;
  /** P180D, or left out (no automatic extension). */
  autoExtendDuration?: string;
}

export interface GdapRelationship {
  id: string;
  displayName: string;
  status: string;
  duration: string;
  customerTenantId: string;
  roleDefinitionIds: string[];
  autoExtendDuration?: string;
  /** endDateTime: activatedDateTime + duration, once active. */
  endDateTime?: string;
  /** Its version (`@odata.etag`): an update sends it in If-Match. */
  etag?: string;
}

export interface GdapApprovalRequest {
  id: string;
  action: string;
  status: string;
}

/** A security group of the partner's own tenant (Graph's group: id and displayName). */
export interface SecurityGroup {
  id: string;
  displayName: string;
}

/** A delegatedAdminAccessAssignment: a security group given roles of the relationship; status pending, then active. */
export interface AccessAssignment {
  id: string;
  groupId: string;
  roleDefinitionIds: string[];
  status: string;
  /** createdDateTime, when Graph gave it (how long an assignment has been pending). */
  createdAt?: number;
}

type Response = { status: number; json: unknown };

/** Groups shown per search: one card's worth; the partner narrows the name for others. */
export const GROUPS_PAGE = 20;
/** Groups asked about at once (checkMemberGroups takes at most 20 ids). */
export const GROUP_FACTS_MAX = 20;
/** Owners of a group read and shown by name. */
export const GROUP_OWNERS_SHOWN = 10;

/** Graph's displayName: at most 50 characters, unique per partner; the same for the same confirmation. */
export function relationshipName(confirmationKey: string): string {
  return `advisor-${confirmationKey.replace(/[^A-Za-z0-9-]/g, '').slice(0, 42)}`;
}

/** An OData string literal: its quotes doubled. */
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** The filter that finds the relationship of a confirmation by its unique name. */
export const relationshipByNameFilter = (displayName: string): string => `displayName eq ${literal(displayName)}`;

/** The body of Graph's create: the unique name, the customer, the roles and duration, and the extension when asked for. */
export function newRelationshipBody(request: GdapRequest): Record<string, unknown> {
  return {
    displayName: relationshipName(request.confirmationKey),
    duration: request.duration,
    customer: { tenantId: request.customerTenantId, ...(request.customerName ? { displayName: request.customerName } : {}) },
    accessDetails: { unifiedRoles: request.roleDefinitionIds.map((roleDefinitionId) => ({ roleDefinitionId })) },
    ...(request.autoExtendDuration ? { autoExtendDuration: request.autoExtendDuration } : {}),
  };
}

/**
 * The query of a group search ("List groups": `$filter` on securityEnabled (eq) and startswith on
 * displayName are default query capabilities; `$top` bounds the page): the name trimmed and bounded.
 */
export function securityGroupsQuery(startsWith: string): string {
  const name = startsWith.trim().slice(0, 120);
  const filter = `securityEnabled eq true${name ? ` and startswith(displayName,${literal(name)})` : ''}`;
  return `$filter=${encodeURIComponent(filter)}&$select=id,displayName,securityEnabled,groupTypes&$top=${GROUPS_PAGE}`;
}

/**
 * A group search's answer: security groups only, a page at most. Microsoft 365 groups (groupTypes
 * "Unified") are left out even when security-enabled: an access assignment's container is a security group.
 */
export function securityGroupsOf(response: Response): ActionResult<SecurityGroup[]> {
  const list = listOf(response.json, 'value');
  if (!list) return unexpectedShape(response.status);
  const groups = list.flatMap((g) => {
    if (!isRecord(g) || g.securityEnabled !== true || (Array.isArray(g.groupTypes) && g.groupTypes.includes('Unified'))) return [];
    const [id, displayName] = [stringOf(g.id), stringOf(g.displayName)];
    return id && displayName ? [{ id, displayName }] : [];
  });
  return succeeded(groups.slice(0, GROUPS_PAGE));
}

const roleIdsOf = (accessDetails: unknown): string[] => {
  const roles = isRecord(accessDetails) && Array.isArray(accessDetails.unifiedRoles) ? (accessDetails.unifiedRoles as unknown[]) : [];
  return roles.flatMap((r) => (isRecord(r) && typeof r.roleDefinitionId === 'string' ? [r.roleDefinitionId] : []));
};

export function relationshipOf(response: Response): ActionResult<GdapRelationship> {
  const j = response.json;
  if (!isRecord(j)) return unexpectedShape(response.status);
  const [id, displayName, status] = [stringOf(j.id), stringOf(j.displayName), stringOf(j.status)];
  const customerTenantId = isRecord(j.customer) ? stringOf(j.customer.tenantId) : undefined;
  if (!id || !displayName || !status || !customerTenantId) return unexpectedShape(response.status);
  const autoExtendDuration = stringOf(j.autoExtendDuration);
  const endDateTime = stringOf(j.endDateTime);
  const etag = stringOf(j['@odata.etag']);
  return succeeded({
    id,
    displayName,
    status,
    duration: stringOf(j.duration) ?? '',
    customerTenantId,
    roleDefinitionIds: roleIdsOf(j.accessDetails),
    ...(autoExtendDuration ? { autoExtendDuration } : {}),
    ...(endDateTime ? { endDateTime } : {}),
    ...(etag ? { etag } : {}),
  });
}

/** The first relationship a search by name found (none: this confirmation made none yet). */
export function firstRelationshipOf(response: Response): ActionResult<GdapRelationship | undefined> {
  const list = listOf(response.json, 'value');
  if (!list) return unexpectedShape(response.status);
  if (list[0] === undefined) return succeeded(undefined);
  return relationshipOf({ status: response.status, json: list[0] });
}

export function approvalRequestOf(response: Response): ActionResult<GdapApprovalRequest> {
  const j = response.json;
  const [id, action, status] = isRecord(j) ? [stringOf(j.id), stringOf(j.action), stringOf(j.status)] : [];
  return id && action && status ? succeeded({ id, action, status }) : unexpectedShape(response.status);
}

export function assignmentOf(j: unknown, status: number): ActionResult<AccessAssignment> {
  if (!isRecord(j) || !isRecord(j.accessContainer)) return unexpectedShape(status);
  const [id, groupId, state] = [stringOf(j.id), stringOf(j.accessContainer.accessContainerId), stringOf(j.status)];
  if (!id || !groupId || !state) return unexpectedShape(status);
  const created = Date.parse(stringOf(j.createdDateTime) ?? '');
  return succeeded({ id, groupId, roleDefinitionIds: roleIdsOf(j.accessDetails), status: state, ...(Number.isFinite(created) ? { createdAt: created } : {}) });
}

/** "List accessAssignments": the assignments that read as such (others are left out). */
export function assignmentsOf(response: Response): ActionResult<AccessAssignment[]> {
  const list = listOf(response.json, 'value');
  if (!list) return unexpectedShape(response.status);
  return succeeded(
    list.flatMap((a) => {
      const one = assignmentOf(a, response.status);
      return one.ok ? [one.value] : [];
    }),
  );
}

/** After a create answered 409: the group's assignment that counts (a list may still hold a removed one beside it). */
export function existingAssignment(assignments: readonly AccessAssignment[], groupId: string): AccessAssignment | undefined {
  return currentAssignment(assignments.filter((a) => a.groupId.toLowerCase() === groupId.toLowerCase()));
}

/** The body that gives a security group roles of the relationship ("Create accessAssignments"). */
export function newAssignmentBody(groupId: string, roleDefinitionIds: readonly string[]): Record<string, unknown> {
  return {
    accessContainer: { accessContainerId: groupId, accessContainerType: 'securityGroup' },
    accessDetails: { unifiedRoles: roleDefinitionIds.map((roleDefinitionId) => ({ roleDefinitionId })) },
  };
}

/**
 * What Graph says of one group, from the three reads (each may have failed: that fact is then
 * unknown, and the card warns of nothing it does not know): its member count, its owners' names,
 * and whether the signed-in partner is in it (`memberOf`: checkMemberGroups' answer, none when it failed).
 */
export function groupFactsOf(id: string, count: unknown, owners: unknown, memberOf: ReadonlySet<unknown> | undefined): GroupFacts {
  const facts: GroupFacts = {};
  if (typeof count === 'number' && Number.isInteger(count) && count >= 0) facts.memberCount = count;
  const ownerList = listOf(owners, 'value');
  if (ownerList) facts.owners = ownerList.flatMap((o) => (isRecord(o) && stringOf(o.displayName) ? [stringOf(o.displayName)!.slice(0, 120)] : []));
  if (memberOf) facts.signerIsMember = memberOf.has(id);
  return facts;
}

/** checkMemberGroups' answer: the ids of the groups the partner is in, or undefined when it is not one. */
export function memberGroupsOf(json: unknown): ReadonlySet<unknown> | undefined {
  const list = listOf(json, 'value');
  return list ? new Set(list) : undefined;
}

/** An assignment's ETag, which its delete sends in If-Match. */
export const etagOf = (json: unknown): string | undefined => (isRecord(json) ? stringOf(json['@odata.etag']) : undefined);
