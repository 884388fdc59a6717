// A machine's call, made: the request to Partner Center, Graph or the token service on the
// partner's behalf, and its answer in the machine's terms (conversation/actions/machine.ts).
import type { Answer, Call } from '../../conversation/actions/machine';
import { gdapRequestOf, newTransfer } from '../../conversation/actions/callRequests';
import { ActionCalls } from './actionCalls';
import { SignIn } from './signIn';
import { Turn } from './actionTurn';

export async function runCall(calls: ActionCalls, signIn: SignIn, turn: Turn, call: Call): Promise<Answer> {
  const pc = { correlationId: turn.correlationId };
  switch (call.call) {
    case 'token':
      return { of: 'token', signedIn: (await signIn.token(turn.context)) !== undefined };
    case 'invitationUrl':
      return { of: 'invitationUrl', result: await (await calls.partnerCenter(turn)).getRelationshipRequestUrl(pc) };
    case 'findCustomer':
      return { of: 'findCustomer', result: await calls.findCustomer(turn, call.ref) };
    case 'requestGdap': {
      const result = await (await calls.graph(turn)).requestApproval(gdapRequestOf(call));
      return {
        of: 'requestGdap',
        result: result.ok ? { ok: true, value: { relationshipId: result.value.relationship.id, approvalUrl: result.value.approvalUrl } } : result,
      };
    }
    case 'createTransfer': {
      const client = await calls.partnerCenter(turn);
      return {
        of: 'createTransfer',
        result: await client.createTransfer(call.review.customer.tenantId, newTransfer(call.review), { ...pc, requestId: call.requestId }),
      };
    }
    case 'getTransfer':
      return { of: 'getTransfer', result: await (await calls.partnerCenter(turn)).getTransfer(call.customerTenantId, call.transferId, pc) };
    case 'cancelTransfer':
      return {
        of: 'cancelTransfer',
        result: await (await calls.partnerCenter(turn)).cancelTransfer(call.customerTenantId, call.transferId, call.entity, pc),
      };
    case 'extendRelationship':
      return { of: 'extendRelationship', result: await (await calls.graph(turn)).setAutoExtend(call.relationshipId, call.etag) };
    case 'getRelationship':
      return { of: 'getRelationship', result: await (await calls.graph(turn)).getRelationship(call.relationshipId) };
    case 'listGroups':
      return { of: 'listGroups', result: await (await calls.graph(turn)).listSecurityGroups(call.search) };
    case 'groupFacts':
      return { of: 'groupFacts', facts: await (await calls.graph(turn)).groupFacts(call.groupIds) };
    case 'createAssignment':
      return { of: 'createAssignment', result: await (await calls.graph(turn)).createAccessAssignment(call.relationshipId, call.groupId, call.roleIds) };
    case 'deleteAssignment':
      return { of: 'deleteAssignment', result: await (await calls.graph(turn)).deleteAccessAssignment(call.relationshipId, call.assignmentId) };
    case 'listAssignments':
      return { of: 'listAssignments', result: await (await calls.graph(turn)).listAccessAssignments(call.relationshipId) };
  }
}
