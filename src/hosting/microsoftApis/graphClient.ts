// The Microsoft Graph calls of a GDAP request (permission DelegatedAdminRelationship.ReadWrite.All):
// create the relationship, lock it for the customer's approval, and the approval link; once the
// customer approved, the partner's security groups (GroupMember.Read.All) and the access assignments
// that give them the relationship's roles. Which calls, in which order, and what their answers lead
// to are pure plans (protocols/graph/gdapPlans.ts, with Graph's idempotency rules), run here.
import type { ActionResult } from '../../domain/actions';
import type { GroupFacts } from '../../domain/accessAssignments';
import type { AccessAssignment, GdapApprovalRequest, GdapRelationship, GdapRequest, SecurityGroup } from '../../domain/microsoftApis/graphAnswers';
import * as plans from '../../protocols/graph/gdapPlans';
import { ServiceOptions, runPlan } from './call';

export { GRAPH_BASE_URL, GROUPS_PAGE, relationshipName } from '../../domain/microsoftApis/graphAnswers';
export type { AccessAssignment, GdapApprovalRequest, GdapRelationship, GdapRequest, SecurityGroup } from '../../domain/microsoftApis/graphAnswers';
export { approvalLink } from '../../domain/actions';

export class GraphClient {
  constructor(private readonly options: ServiceOptions) {}

  createGdapRelationship(request: GdapRequest): Promise<ActionResult<GdapRelationship>> {
    return this.run(plans.createRelationshipPlan(request));
  }

  lockForApproval(relationshipId: string): Promise<ActionResult<GdapApprovalRequest>> {
    return this.run(plans.lockForApprovalPlan(relationshipId));
  }

  getRelationship(relationshipId: string): Promise<ActionResult<GdapRelationship>> {
    return this.run(plans.getRelationshipPlan(relationshipId));
  }

  setAutoExtend(relationshipId: string, etag: string): Promise<ActionResult<true>> {
    return this.run(plans.setAutoExtendPlan(relationshipId, etag));
  }

  requestApproval(request: GdapRequest): Promise<ActionResult<{ relationship: GdapRelationship; approvalUrl: string }>> {
    return this.run(plans.requestApprovalPlan(request));
  }

  listSecurityGroups(startsWith: string): Promise<ActionResult<SecurityGroup[]>> {
    return this.run(plans.securityGroupsPlan(startsWith));
  }

  createAccessAssignment(
    relationshipId: string,
    groupId: string,
    roleDefinitionIds: readonly string[],
  ): Promise<ActionResult<AccessAssignment & { existed?: true }>> {
    return this.run(plans.createAssignmentPlan(relationshipId, groupId, roleDefinitionIds));
  }

  /** A read that fails leaves that fact unknown: the plan always has facts, if only empty ones. */
  async groupFacts(groupIds: readonly string[]): Promise<Map<string, GroupFacts>> {
    const facts = await this.run(plans.groupFactsPlan(groupIds));
    return facts.ok ? facts.value : new Map();
  }

  deleteAccessAssignment(relationshipId: string, assignmentId: string): Promise<ActionResult<true>> {
    return this.run(plans.deleteAssignmentPlan(relationshipId, assignmentId));
  }

  listAccessAssignments(relationshipId: string): Promise<ActionResult<AccessAssignment[]>> {
    return this.run(plans.listAssignmentsPlan(relationshipId));
  }

  private run<T>(plan: plans.Plan<T>): Promise<ActionResult<T>> {
    return runPlan('graph', this.options, plan);
  }
}
