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
import type { GroupFacts } from '../../domain/accessAssignments';
import {
  AccessAssignment,
  approvalRequestOf,
  assignmentOf,
  assignmentsOf,
  etagOf,
  existingAssignment,
  firstRelationshipOf,
  GdapApprovalRequest,
  GdapRelationship,
  GdapRequest,
  GROUP_FACTS_MAX,
  GROUP_OWNERS_SHOWN,
  groupFactsOf,
  memberGroupsOf,
  newAssignmentBody,
  newRelationshipBody,
  relationshipByNameFilter,
  relationshipOf,
  SecurityGroup,
  securityGroupsOf,
  securityGroupsQuery,
} from '../../domain/microsoftApis/graphAnswers';
import { unexpectedShape } from '../../domain/microsoftApis/serviceAnswers';
import { ServiceOptions, callService } from './call';

export { GRAPH_BASE_URL, GROUPS_PAGE, relationshipName } from '../../domain/microsoftApis/graphAnswers';
export type { AccessAssignment, GdapApprovalRequest, GdapRelationship, GdapRequest, SecurityGroup } from '../../domain/microsoftApis/graphAnswers';
export { approvalLink } from '../../domain/actions';

const RELATIONSHIPS = '/tenantRelationships/delegatedAdminRelationships';

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
    const body = newRelationshipBody(request);
    const displayName = body.displayName as string;
    const existing = await this.findByName(displayName);
    if (!existing.ok || existing.value) return existing.ok ? succeeded(existing.value!) : existing;
    const created = await callService('graph', this.options, { method: 'POST', path: RELATIONSHIPS, body });
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
    return result.ok ? approvalRequestOf(result.value) : result;
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

  /** The partner's security groups whose name starts with `startsWith`, a page of them (graphAnswers.ts). */
  async listSecurityGroups(startsWith: string): Promise<ActionResult<SecurityGroup[]>> {
    const result = await callService('graph', this.options, { method: 'GET', path: `/groups?${securityGroupsQuery(startsWith)}` });
    return result.ok ? securityGroupsOf(result.value) : result;
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
      body: newAssignmentBody(groupId, roleDefinitionIds),
    });
    if (created.ok) return assignmentOf(created.value.json, created.value.status);
    if (created.failure.kind !== 'conflict') return created;
    const existing = await this.listAccessAssignments(relationshipId);
    const found = existing.ok ? existingAssignment(existing.value, groupId) : undefined;
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
    const body = { groupIds: groupIds.slice(0, GROUP_FACTS_MAX) };
    const mine = await callService('graph', this.options, { method: 'POST', path: '/me/checkMemberGroups', body });
    const memberOf = mine.ok ? memberGroupsOf(mine.value.json) : undefined;
    for (const id of groupIds) {
      const path = `/groups/${encodeURIComponent(id)}`;
      const [count, owners] = await Promise.all([
        callService('graph', this.options, { method: 'GET', path: `${path}/members/$count`, headers: { ConsistencyLevel: 'eventual', Accept: 'text/plain' } }),
        callService('graph', this.options, { method: 'GET', path: `${path}/owners?$select=displayName&$top=${GROUP_OWNERS_SHOWN}` }),
      ]);
      facts.set(id, groupFactsOf(id, count.ok ? count.value.json : undefined, owners.ok ? owners.value.json : undefined, memberOf));
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
    const etag = etagOf(read.value.json);
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
    return result.ok ? assignmentsOf(result.value) : result;
  }

  private async findByName(displayName: string): Promise<ActionResult<GdapRelationship | undefined>> {
    const filter = encodeURIComponent(relationshipByNameFilter(displayName));
    const result = await callService('graph', this.options, { method: 'GET', path: `${RELATIONSHIPS}?$filter=${filter}` });
    return result.ok ? firstRelationshipOf(result.value) : result;
  }
}
