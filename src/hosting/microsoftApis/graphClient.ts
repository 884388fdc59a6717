// The Microsoft Graph calls of a GDAP request (permission DelegatedAdminRelationship.ReadWrite.All):
// create the relationship, lock it for the customer's approval, and the approval link; once the
// customer approved, the partner's security groups (GroupMember.Read.All) and the access assignments
// that give them the relationship's roles.
//
// Idempotency: Graph's create takes no idempotency key, so the relationship's displayName is one.
// Graph requires it to be unique among the partner's relationships; it is made from the
// partner's confirmation, looked up before creating, and looked up again when a create races
// another (409). A retried confirmation finds the relationship the first try made.
import { AUTO_EXTEND_DURATION, ActionResult, approvalLink, gdapTermsProblems, failed, succeeded } from '../../domain/actions';
import { GroupFacts, currentAssignment } from '../../domain/accessAssignments';
import { ServiceOptions, callService, isRecord, stringOf, unexpectedShape } from './call';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
const RELATIONSHIPS = '/tenantRelationships/delegatedAdminRelationships';

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

/** Groups shown per search: one card's worth; the partner narrows the name for others. */
export const GROUPS_PAGE = 20;

/** Graph's displayName: at most 50 characters, unique per partner; the same for the same confirmation. */
export function relationshipName(confirmationKey: string): string {
  return `advisor-${confirmationKey.replace(/[^A-Za-z0-9-]/g, '').slice(0, 42)}`;
}

export { approvalLink } from '../../domain/actions';

export class GraphClient {
  constructor(private readonly options: ServiceOptions) {}

  /** The relationship of this confirmation: the one made before, or a new one in status `created`. */
  async createGdapRelationship(request: GdapRequest): Promise<ActionResult<GdapRelationship>> {
    const terms = {
      duration: request.duration,
      roleDefinitionIds: request.roleDefinitionIds,
      ...(request.autoExtendDuration ? { autoExtendDuration: request.autoExtendDuration } : {}),
    };
    // Terms Graph would refuse never leave the bot.
    if (gdapTermsProblems(terms).length > 0) return failed({ kind: 'rejected', status: 0 });
    const displayName = relationshipName(request.confirmationKey);
    const existing = await this.findByName(displayName);
    if (!existing.ok || existing.value) return existing.ok ? succeeded(existing.value!) : existing;
    const created = await callService('graph', this.options, {
      method: 'POST',
      path: RELATIONSHIPS,
      body: {
        displayName,
        duration: request.duration,
        customer: { tenantId: request.customerTenantId, ...(request.customerName ? { displayName: request.customerName } : {}) },
        accessDetails: { unifiedRoles: request.roleDefinitionIds.map((roleDefinitionId) => ({ roleDefinitionId })) },
        ...(request.autoExtendDuration ? { autoExtendDuration: request.autoExtendDuration } : {}),
      },
    });
    if (created.ok) return relationshipOf(created.value);
    if (created.failure.kind !== 'conflict') return created;
    const raced = await this.findByName(displayName);
    return raced.ok && raced.value ? succeeded(raced.value) : created;
  }

  /** Sends the relationship to the customer for approval (status created → approvalPending). */
  async lockForApproval(relationshipId: string): Promise<ActionResult<GdapApprovalRequest>> {
    const result = await callService('graph', this.options, {
      method: 'POST',
      path: `${RELATIONSHIPS}/${encodeURIComponent(relationshipId)}/requests`,
      body: { action: 'lockForApproval' },
    });
    if (!result.ok) return result;
    const j = result.value.json;
    const [id, action, status] = isRecord(j) ? [stringOf(j.id), stringOf(j.action), stringOf(j.status)] : [];
    return id && action && status ? succeeded({ id, action, status }) : unexpectedShape(result.value.status);
  }

  /** The relationship as Graph has it now (its status: approvalPending, then active once the customer approved). */
  async getRelationship(relationshipId: string): Promise<ActionResult<GdapRelationship>> {
    const result = await callService('graph', this.options, { method: 'GET', path: `${RELATIONSHIPS}/${encodeURIComponent(relationshipId)}` });
    return result.ok ? relationshipOf(result.value) : result;
  }

  /**
   * Turns the relationship's automatic extension on ("Update delegatedAdminRelationship": PATCH
   * with `autoExtendDuration` P180D, the only extension Graph takes; "You can update the
   * autoExtendDuration property when status is either created or active"), over the ETag it was
   * read with (If-Match, required): 412 when it changed since, answered as is (the caller reads again).
   */
  async setAutoExtend(relationshipId: string, etag: string): Promise<ActionResult<true>> {
    const result = await callService('graph', this.options, {
      method: 'PATCH',
      path: `${RELATIONSHIPS}/${encodeURIComponent(relationshipId)}`,
      headers: { 'If-Match': etag },
      body: { autoExtendDuration: AUTO_EXTEND_DURATION },
    });
    return result.ok ? succeeded(true) : result;
  }

  /** Create (or find) and lock, once per confirmation: a relationship already sent is not locked again. */
  async requestApproval(request: GdapRequest): Promise<ActionResult<{ relationship: GdapRelationship; approvalUrl: string }>> {
    const relationship = await this.createGdapRelationship(request);
    if (!relationship.ok) return relationship;
    if (relationship.value.status === 'created') {
      const locked = await this.lockForApproval(relationship.value.id);
      if (!locked.ok) return locked;
    }
    return succeeded({ relationship: relationship.value, approvalUrl: approvalLink(relationship.value.id) });
  }

  /**
   * The partner's security groups whose name starts with `startsWith` ("List groups": `$filter` on
   * securityEnabled (eq) and startswith on displayName are default query capabilities; `$top` bounds
   * the page). Microsoft 365 groups (groupTypes "Unified") are left out even when security-enabled:
   * an access assignment's container is a security group.
   */
  async listSecurityGroups(startsWith: string): Promise<ActionResult<SecurityGroup[]>> {
    const name = startsWith.trim().slice(0, 120).replace(/'/g, "''");
    const filter = `securityEnabled eq true${name ? ` and startswith(displayName,'${name}')` : ''}`;
    const query = `$filter=${encodeURIComponent(filter)}&$select=id,displayName,securityEnabled,groupTypes&$top=${GROUPS_PAGE}`;
    const result = await callService('graph', this.options, { method: 'GET', path: `/groups?${query}` });
    if (!result.ok) return result;
    const j = result.value.json;
    if (!isRecord(j) || !Array.isArray(j.value)) return unexpectedShape(result.value.status);
    const groups = (j.value as unknown[]).flatMap((g) => {
      if (!isRecord(g) || g.securityEnabled !== true || (Array.isArray(g.groupTypes) && g.groupTypes.includes('Unified'))) return [];
      const [id, displayName] = [stringOf(g.id), stringOf(g.displayName)];
      return id && displayName ? [{ id, displayName }] : [];
    });
    return succeeded(groups.slice(0, GROUPS_PAGE));
  }

  /**
   * Gives a security group roles of the relationship ("Create accessAssignments"). Graph answers a
   * second create for the same group 409: that assignment exists, so it is looked up and returned
   * (done, not failed), marked `existed`: nothing was made by this call.
   */
  async createAccessAssignment(
    relationshipId: string,
    groupId: string,
    roleDefinitionIds: readonly string[],
  ): Promise<ActionResult<AccessAssignment & { existed?: true }>> {
    const created = await callService('graph', this.options, {
      method: 'POST',
      path: `${RELATIONSHIPS}/${encodeURIComponent(relationshipId)}/accessAssignments`,
      body: {
        accessContainer: { accessContainerId: groupId, accessContainerType: 'securityGroup' },
        accessDetails: { unifiedRoles: roleDefinitionIds.map((roleDefinitionId) => ({ roleDefinitionId })) },
      },
    });
    if (created.ok) return assignmentOf(created.value.json, created.value.status);
    if (created.failure.kind !== 'conflict') return created;
    const existing = await this.listAccessAssignments(relationshipId);
    // A list may still hold a removed assignment beside the one that counts.
    const found = existing.ok ? currentAssignment(existing.value.filter((a) => a.groupId.toLowerCase() === groupId.toLowerCase())) : undefined;
    return found ? succeeded({ ...found, existed: true }) : created;
  }

  /**
   * What Graph says of groups before they get roles: members (`GET /groups/{id}/members/$count`,
   * an advanced query: ConsistencyLevel eventual), owners (`GET /groups/{id}/owners`), and whether
   * the signed-in partner is in each (`POST /me/checkMemberGroups`, transitive). A read that fails
   * leaves that fact unknown: the card shows it so, and warns of nothing it does not know.
   */
  async groupFacts(groupIds: readonly string[]): Promise<Map<string, GroupFacts>> {
    const facts = new Map<string, GroupFacts>(groupIds.map((id) => [id, {}]));
    const mine = await callService('graph', this.options, { method: 'POST', path: '/me/checkMemberGroups', body: { groupIds: groupIds.slice(0, 20) } });
    const memberOf = mine.ok && isRecord(mine.value.json) && Array.isArray(mine.value.json.value) ? new Set(mine.value.json.value as unknown[]) : undefined;
    for (const id of groupIds) {
      const path = `/groups/${encodeURIComponent(id)}`;
      const [count, owners] = await Promise.all([
        callService('graph', this.options, { method: 'GET', path: `${path}/members/$count`, headers: { ConsistencyLevel: 'eventual', Accept: 'text/plain' } }),
        callService('graph', this.options, { method: 'GET', path: `${path}/owners?$select=displayName&$top=10` }),
      ]);
      const one: GroupFacts = {};
      if (count.ok && typeof count.value.json === 'number' && Number.isInteger(count.value.json) && count.value.json >= 0) one.memberCount = count.value.json;
      if (owners.ok && isRecord(owners.value.json) && Array.isArray(owners.value.json.value))
        one.owners = (owners.value.json.value as unknown[]).flatMap((o) =>
          isRecord(o) && stringOf(o.displayName) ? [stringOf(o.displayName)!.slice(0, 120)] : [],
        );
      if (memberOf) one.signerIsMember = memberOf.has(id);
      facts.set(id, one);
    }
    return facts;
  }

  /**
   * Removes an access assignment ("Delete delegatedAdminAccessAssignment"): Graph requires the
   * assignment's last ETag in If-Match, so it is read first. 204 when done; Graph then reports it
   * deleting, then deleted.
   */
  async deleteAccessAssignment(relationshipId: string, assignmentId: string): Promise<ActionResult<true>> {
    const path = `${RELATIONSHIPS}/${encodeURIComponent(relationshipId)}/accessAssignments/${encodeURIComponent(assignmentId)}`;
    const read = await callService('graph', this.options, { method: 'GET', path });
    if (!read.ok) return read;
    const etag = isRecord(read.value.json) ? stringOf(read.value.json['@odata.etag']) : undefined;
    if (!etag) return unexpectedShape(read.value.status);
    const removed = await callService('graph', this.options, { method: 'DELETE', path, headers: { 'If-Match': etag } });
    return removed.ok ? succeeded(true) : removed;
  }

  /** The relationship's access assignments as Graph has them now ("List accessAssignments"). */
  async listAccessAssignments(relationshipId: string): Promise<ActionResult<AccessAssignment[]>> {
    const result = await callService('graph', this.options, {
      method: 'GET',
      path: `${RELATIONSHIPS}/${encodeURIComponent(relationshipId)}/accessAssignments`,
    });
    if (!result.ok) return result;
    const j = result.value.json;
    if (!isRecord(j) || !Array.isArray(j.value)) return unexpectedShape(result.value.status);
    return succeeded(
      (j.value as unknown[]).flatMap((a) => {
        const one = assignmentOf(a, result.value.status);
        return one.ok ? [one.value] : [];
      }),
    );
  }

  private async findByName(displayName: string): Promise<ActionResult<GdapRelationship | undefined>> {
    const filter = encodeURIComponent(`displayName eq '${displayName.replace(/'/g, "''")}'`);
    const result = await callService('graph', this.options, { method: 'GET', path: `${RELATIONSHIPS}?$filter=${filter}` });
    if (!result.ok) return result;
    const j = result.value.json;
    if (!isRecord(j) || !Array.isArray(j.value)) return unexpectedShape(result.value.status);
    const first: unknown = j.value[0];
    if (first === undefined) return succeeded(undefined);
    const found = relationshipOf({ status: result.value.status, json: first });
    return found.ok ? succeeded(found.value) : found;
  }
}

function relationshipOf(response: { status: number; json: unknown }): ActionResult<GdapRelationship> {
  const j = response.json;
  if (!isRecord(j)) return unexpectedShape(response.status);
  const [id, displayName, status] = [stringOf(j.id), stringOf(j.displayName), stringOf(j.status)];
  const customerTenantId = isRecord(j.customer) ? stringOf(j.customer.tenantId) : undefined;
  if (!id || !displayName || !status || !customerTenantId) return unexpectedShape(response.status);
  const roles = isRecord(j.accessDetails) && Array.isArray(j.accessDetails.unifiedRoles) ? (j.accessDetails.unifiedRoles as unknown[]) : [];
  const autoExtendDuration = stringOf(j.autoExtendDuration);
  const endDateTime = stringOf(j.endDateTime);
  const etag = stringOf(j['@odata.etag']);
  return succeeded({
    id,
    displayName,
    status,
    duration: stringOf(j.duration) ?? '',
    customerTenantId,
    roleDefinitionIds: roles.flatMap((r) => (isRecord(r) && typeof r.roleDefinitionId === 'string' ? [r.roleDefinitionId] : [])),
    ...(autoExtendDuration ? { autoExtendDuration } : {}),
    ...(endDateTime ? { endDateTime } : {}),
    ...(etag ? { etag } : {}),
  });
}

function assignmentOf(j: unknown, status: number): ActionResult<AccessAssignment> {
  if (!isRecord(j) || !isRecord(j.accessContainer)) return unexpectedShape(status);
  const [id, groupId, state] = [stringOf(j.id), stringOf(j.accessContainer.accessContainerId), stringOf(j.status)];
  if (!id || !groupId || !state) return unexpectedShape(status);
  const roles = isRecord(j.accessDetails) && Array.isArray(j.accessDetails.unifiedRoles) ? (j.accessDetails.unifiedRoles as unknown[]) : [];
  const roleDefinitionIds = roles.flatMap((r) => (isRecord(r) && typeof r.roleDefinitionId === 'string' ? [r.roleDefinitionId] : []));
  const created = Date.parse(stringOf(j.createdDateTime) ?? '');
  return succeeded({ id, groupId, roleDefinitionIds, status: state, ...(Number.isFinite(created) ? { createdAt: created } : {}) });
}
