// The order of Microsoft Graph's calls for a GDAP request, as plans (protocols/microsoftApis/plans.ts;
// hosting/microsoftApis/graphClient.ts runs them). The rules are Graph's:
// - a relationship's displayName is the only idempotency key a create has: it is looked up before
//   creating, and again when a create races another (409); a retried confirmation finds the first;
// - only a relationship still `created` is locked for approval (one already sent is not again);
// - a second assignment for the same group is 409: the existing one is looked up and returned;
// - a delete (and an update) needs the ETag last read, in If-Match: it is read first;
// - group facts: a read that fails leaves that fact unknown, never the whole answer.
import { ActionFailure, AUTO_EXTEND_DURATION, approvalLink, failed, gdapTermsProblems, succeeded } from '../../domain/actions';
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
import { call, chain, done, onSuccess, Plan, ServiceAnswer, ServiceCall } from '../microsoftApis/plans';

export type { Plan, ServiceAnswer, ServiceCall } from '../microsoftApis/plans';

const isConflict = (failure: ActionFailure): boolean => failure.kind === 'conflict';

const RELATIONSHIPS = '/tenantRelationships/delegatedAdminRelationships';
const relationshipPath = (id: string): string => `${RELATIONSHIPS}/${encodeURIComponent(id)}`;
const assignmentsPath = (relationshipId: string): string => `${relationshipPath(relationshipId)}/accessAssignments`;

const findByName = (displayName: string): ServiceCall => ({
  method: 'GET',
  path: `${RELATIONSHIPS}?$filter=${encodeURIComponent(relationshipByNameFilter(displayName))}`,
});

/** The relationship of this confirmation: the one made before, or a new one in status `created`. */
export function createRelationshipPlan(request: GdapRequest): Plan<GdapRelationship> {
  const terms = {
    duration: request.duration,
    roleDefinitionIds: request.roleDefinitionIds,
    ...(request.autoExtendDuration ? { autoExtendDuration: request.autoExtendDuration } : {}),
  };
  // Terms Graph would refuse never leave the bot.
  if (gdapTermsProblems(terms).length > 0) return done(failed({ kind: 'rejected', status: 0 }));
  const body = newRelationshipBody(request);
  const displayName = body.displayName as string;
  return onSuccess(findByName(displayName), (found) => {
    const existing = firstRelationshipOf(found);
    if (!existing.ok || existing.value) return done(existing.ok ? succeeded(existing.value!) : existing);
    return call({ method: 'POST', path: RELATIONSHIPS, body }, (created) => {
      if (created.ok) return done(relationshipOf(created.value));
      if (!isConflict(created.failure)) return done(created);
      return call(findByName(displayName), (raced) => {
        const again = raced.ok ? firstRelationshipOf(raced.value) : undefined;
        return done(again?.ok && again.value ? succeeded(again.value) : created);
      });
    });
  });
}

/** Sends the relationship to the customer for approval (status created → approvalPending). */
export const lockForApprovalPlan = (relationshipId: string): Plan<GdapApprovalRequest> =>
  onSuccess({ method: 'POST', path: `${relationshipPath(relationshipId)}/requests`, body: { action: 'lockForApproval' } }, (a) => done(approvalRequestOf(a)));

/** Create (or find) and lock, once per confirmation: a relationship already sent is not locked again. */
export function requestApprovalPlan(request: GdapRequest): Plan<{ relationship: GdapRelationship; approvalUrl: string }> {
  const sent = (relationship: GdapRelationship) => done(succeeded({ relationship, approvalUrl: approvalLink(relationship.id) }));
  return chain(createRelationshipPlan(request), (relationship) =>
    relationship.status === 'created' ? chain(lockForApprovalPlan(relationship.id), () => sent(relationship)) : sent(relationship),
  );
}

/** The relationship as Graph has it now (approvalPending, then active once the customer approved). */
export const getRelationshipPlan = (relationshipId: string): Plan<GdapRelationship> =>
  onSuccess({ method: 'GET', path: relationshipPath(relationshipId) }, (a) => done(relationshipOf(a)));

/**
 * Turns automatic extension on (PATCH with `autoExtendDuration` P180D, the only extension Graph
 * takes, while created or active) over the ETag it was read with: 412 when it changed since,
 * answered as is (the caller reads again).
 */
export const setAutoExtendPlan = (relationshipId: string, etag: string): Plan<true> =>
  onSuccess(
    { method: 'PATCH', path: relationshipPath(relationshipId), headers: { 'If-Match': etag }, body: { autoExtendDuration: AUTO_EXTEND_DURATION } },
    () => done(succeeded(true as const)),
  );

/** The partner's security groups whose name starts with `startsWith`, a page of them. */
export const securityGroupsPlan = (startsWith: string): Plan<SecurityGroup[]> =>
  onSuccess({ method: 'GET', path: `/groups?${securityGroupsQuery(startsWith)}` }, (a) => done(securityGroupsOf(a)));

/** The relationship's access assignments as Graph has them now. */
export const listAssignmentsPlan = (relationshipId: string): Plan<AccessAssignment[]> =>
  onSuccess({ method: 'GET', path: assignmentsPath(relationshipId) }, (a) => done(assignmentsOf(a)));

/** Gives a group roles of the relationship; a 409 is the group's existing assignment, returned marked `existed` (nothing made). */
export function createAssignmentPlan(
  relationshipId: string,
  groupId: string,
  roleDefinitionIds: readonly string[],
): Plan<AccessAssignment & { existed?: true }> {
  const create: ServiceCall = { method: 'POST', path: assignmentsPath(relationshipId), body: newAssignmentBody(groupId, roleDefinitionIds) };
  return call(create, (created) => {
    if (created.ok) return done(assignmentOf(created.value.json, created.value.status));
    if (!isConflict(created.failure)) return done(created);
    return call({ method: 'GET', path: assignmentsPath(relationshipId) }, (listed) => {
      const all = listed.ok ? assignmentsOf(listed.value) : undefined;
      const found = all?.ok ? existingAssignment(all.value, groupId) : undefined;
      return done(found ? succeeded({ ...found, existed: true as const }) : created);
    });
  });
}

/** Removes an assignment: its last ETag read first (If-Match is required), then the delete. */
export function deleteAssignmentPlan(relationshipId: string, assignmentId: string): Plan<true> {
  const path = `${assignmentsPath(relationshipId)}/${encodeURIComponent(assignmentId)}`;
  return onSuccess({ method: 'GET', path }, (read) => {
    const etag = etagOf(read.json);
    if (!etag) return done(unexpectedShape(read.status));
    return onSuccess({ method: 'DELETE', path, headers: { 'If-Match': etag } }, () => done(succeeded(true as const)));
  });
}

/**
 * What Graph says of groups before they get roles: whether the signed-in partner is in each
 * (checkMemberGroups, transitive), then per group its members' count (an advanced query:
 * ConsistencyLevel eventual) and owners, both at once. A failed read leaves that fact unknown.
 */
export function groupFactsPlan(groupIds: readonly string[]): Plan<Map<string, GroupFacts>> {
  const json = (answer: ServiceAnswer | undefined): unknown => (answer?.ok ? answer.value.json : undefined);
  return call({ method: 'POST', path: '/me/checkMemberGroups', body: { groupIds: groupIds.slice(0, GROUP_FACTS_MAX) } }, (mine) => {
    const memberOf = mine.ok ? memberGroupsOf(mine.value.json) : undefined;
    const next = (index: number, facts: Map<string, GroupFacts>): Plan<Map<string, GroupFacts>> => {
      const id = groupIds[index];
      if (id === undefined) return done(succeeded(facts));
      const path = `/groups/${encodeURIComponent(id)}`;
      const calls: ServiceCall[] = [
        { method: 'GET', path: `${path}/members/$count`, headers: { ConsistencyLevel: 'eventual', Accept: 'text/plain' } },
        { method: 'GET', path: `${path}/owners?$select=displayName&$top=${GROUP_OWNERS_SHOWN}` },
      ];
      return { calls, then: ([count, owners]) => next(index + 1, new Map([...facts, [id, groupFactsOf(id, json(count), json(owners), memberOf)]])) };
    };
    return next(0, new Map(groupIds.map((id) => [id, {}])));
  });
}
