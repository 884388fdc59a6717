// The Graph calls of a GDAP request against the stand-in, each asserted on what it received.
// Shapes from Microsoft's pages (learn.microsoft.com):
// - "Create delegatedAdminRelationship": graph/api/tenantrelationship-post-delegatedadminrelationships
// - "Create delegatedAdminRelationshipRequest": graph/api/delegatedadminrelationship-post-requests
// - "List groups": graph/api/group-list ($filter on securityEnabled, startswith(displayName, …), $top)
// - "Create accessAssignments": graph/api/delegatedadminrelationship-post-accessassignments
// - "List accessAssignments": graph/api/delegatedadminrelationship-list-accessassignments
// - "Update delegatedAdminRelationship": graph/api/delegatedadminrelationship-update (autoExtendDuration, If-Match)
import { strict as assert } from 'assert';
import { randomUUID } from 'crypto';
import { GLOBAL_ADMINISTRATOR_ROLE_ID, roleSet } from '../../src/domain/actions';
import { GdapRequest, GraphClient, approvalLink, relationshipName } from '../../src/hosting/microsoftApis/graphClient';
import { PartnerCenterStandin } from '../../tools/standins/partnerCenterStandin';
import { StandinTokenSource } from '../../tools/standins/tokenSource';

const CREATE = 'POST /tenantRelationships/delegatedAdminRelationships';
const LOOK_UP = 'GET /tenantRelationships/delegatedAdminRelationships';
const LOCK = 'POST /tenantRelationships/delegatedAdminRelationships/{id}/requests';

describe('Graph client (against the stand-in)', () => {
  let standin: PartnerCenterStandin;
  let tokens: StandinTokenSource;
  let client: GraphClient;
  const roles = roleSet('m365Support').roles.map((r) => r.roleDefinitionId);
  const request = (): GdapRequest => ({
    confirmationKey: randomUUID(),
    customerTenantId: randomUUID(),
    customerName: 'Contoso Ltd',
    roleDefinitionIds: roles,
    duration: 'P730D',
    autoExtendDuration: 'P180D',
  });

  beforeEach(async () => {
    standin = new PartnerCenterStandin();
    const urls = await standin.start();
    tokens = new StandinTokenSource(urls.token);
    client = new GraphClient({ baseUrl: urls.graph, tokens, timeoutMs: 1000 });
  });
  afterEach(() => standin.stop());

  it('looks the relationship up by its name, then creates it with the documented body', async () => {
    const r = request();
    const result = await client.createGdapRelationship(r);
    assert.ok(result.ok);
    assert.equal(result.value.status, 'created');
    assert.deepEqual(result.value.roleDefinitionIds, roles);
    const [lookUp, create] = standin.received;
    assert.equal(lookUp!.endpoint, LOOK_UP);
    assert.equal(lookUp!.query.$filter, `displayName eq '${relationshipName(r.confirmationKey)}'`);
    assert.equal(create!.endpoint, CREATE);
    assert.equal(create!.headers.authorization, `Bearer ${tokens.issued[1]}`, 'a token of its own per call');
    assert.equal(create!.headers['content-type'], 'application/json');
    assert.deepEqual(create!.body, {
      displayName: relationshipName(r.confirmationKey),
      duration: 'P730D',
      customer: { tenantId: r.customerTenantId, displayName: 'Contoso Ltd' },
      accessDetails: { unifiedRoles: roles.map((roleDefinitionId) => ({ roleDefinitionId })) },
      autoExtendDuration: 'P180D',
    });
    assert.ok(relationshipName(r.confirmationKey).length <= 50);
  });

  it('locks it for approval and gives the customer approval link', async () => {
    const r = request();
    const result = await client.requestApproval(r);
    assert.ok(result.ok);
    const lock = standin.received.find((x) => x.endpoint === LOCK)!;
    assert.equal(lock.path, `/tenantRelationships/delegatedAdminRelationships/${result.value.relationship.id}/requests`);
    assert.deepEqual(lock.body, { action: 'lockForApproval' });
    assert.equal(
      result.value.approvalUrl,
      `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${result.value.relationship.id}`,
    );
    assert.equal(approvalLink('a/b'), 'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/a%2Fb');
  });

  it('creates and locks once when the same confirmation is sent twice', async () => {
    const r = request();
    const first = await client.requestApproval(r);
    const again = await client.requestApproval(r);
    assert.ok(first.ok && again.ok);
    assert.equal(again.value.relationship.id, first.value.relationship.id);
    assert.equal(again.value.relationship.status, 'approvalPending');
    assert.deepEqual([standin.calls(CREATE), standin.calls(LOCK), standin.made().relationships], [1, 1, 1]);
  });

  it('makes one relationship when a create that timed out is retried', async () => {
    const r = request();
    standin.answerNext({}); // the look-up answers normally
    standin.answerNext({ delayMs: 1500 }); // the create is made but answered too late
    assert.deepEqual(await client.createGdapRelationship(r), { ok: false, failure: { kind: 'timeout' } });
    const retried = await client.createGdapRelationship(r);
    assert.ok(retried.ok);
    assert.deepEqual([standin.calls(CREATE), standin.made().relationships], [1, 1]);
  });

  it('finds the relationship when a create races another one (409)', async () => {
    const r = request();
    const first = await client.createGdapRelationship(r);
    assert.ok(first.ok);
    standin.answerNext({ status: 200, body: { value: [] } }); // the look-up misses it, as a racing request would
    const raced = await client.createGdapRelationship(r);
    assert.ok(raced.ok);
    assert.equal(raced.value.id, first.value.id);
    assert.deepEqual([standin.calls(CREATE), standin.made().relationships], [2, 1]);
  });

  it('sends nothing when the terms are ones Graph refuses', async () => {
    const result = await client.createGdapRelationship({ ...request(), duration: 'P800D' });
    assert.deepEqual(result, { ok: false, failure: { kind: 'rejected', status: 0 } });
    assert.equal(standin.received.length, 0);
    assert.equal(tokens.issued.length, 0, 'not even a token was asked for');
  });

  it("lists the partner's security groups: filtered, bounded, a quote in the name escaped, Microsoft 365 groups left out", async () => {
    const all = await client.listSecurityGroups('');
    assert.ok(all.ok);
    assert.deepEqual(
      all.value.map((g) => g.displayName),
      ['Helpdesk agents', 'Helpdesk leads', 'Azure engineers', 'Night shift'],
      'the security-enabled Microsoft 365 group is not offered either',
    );
    const sent = standin.received[standin.received.length - 1]!;
    assert.equal(sent.endpoint, 'GET /groups');
    assert.equal(sent.query.$filter, 'securityEnabled eq true');
    assert.equal(sent.query.$top, '20');
    await client.listSecurityGroups("O'Brien team");
    assert.equal(standin.received[standin.received.length - 1]!.query.$filter, "securityEnabled eq true and startswith(displayName,'O''Brien team')");
  });

  it('creates an access assignment with the documented body; a second for the same group (409) is looked up and marked existed', async () => {
    const made = await client.createGdapRelationship(request());
    assert.ok(made.ok);
    assert.ok(standin.approve(made.value.id) === false, 'not yet sent for approval');
    await client.lockForApproval(made.value.id);
    assert.ok(standin.approve(made.value.id));
    const group = standin.access.groups[0]!.id;
    const first = await client.createAccessAssignment(made.value.id, group, [roles[0]!]);
    assert.ok(first.ok);
    assert.equal(first.value.status, 'pending');
    assert.equal(first.value.existed, undefined);
    assert.deepEqual(standin.received[standin.received.length - 1]!.body, {
      accessContainer: { accessContainerId: group, accessContainerType: 'securityGroup' },
      accessDetails: { unifiedRoles: [{ roleDefinitionId: roles[0] }] },
    });
    const second = await client.createAccessAssignment(made.value.id, group, [roles[0]!]);
    assert.ok(second.ok);
    assert.equal(second.value.id, first.value.id, 'the one made before');
    assert.equal(second.value.existed, true);
    const listed = await client.listAccessAssignments(made.value.id);
    assert.ok(listed.ok);
    assert.deepEqual(
      listed.value.map((a) => [a.id, a.groupId, a.status]),
      [[first.value.id, group, 'active']],
    );
  });

  it("section 5 (Assign access): counts a group's members as an advanced query, names its owners, asks once whether the signer is in each", async () => {
    const [agents, , azure] = standin.access.groups;
    const night = standin.access.groups.find((g) => g.displayName === 'Night shift')!;
    const facts = await client.groupFacts([agents!.id, azure!.id, night.id]);
    assert.deepEqual(facts.get(agents!.id), { memberCount: 6, owners: ['Megan Bowen'], signerIsMember: true });
    assert.deepEqual(facts.get(azure!.id), { memberCount: 3, owners: ['Lee Gu'], signerIsMember: false });
    assert.deepEqual(facts.get(night.id), { memberCount: 0, owners: [], signerIsMember: false });
    const counts = standin.received.filter((r) => r.endpoint === 'GET /groups/{groupId}/members/$count');
    assert.equal(counts.length, 3);
    assert.ok(
      counts.every((r) => r.headers.consistencylevel === 'eventual'),
      'ConsistencyLevel: eventual, which $count on members requires',
    );
    assert.equal(standin.calls('POST /me/checkMemberGroups'), 1, 'one membership check for every group');
    // A read Graph refuses leaves the fact unknown, never a guess (an unknown count warns of nothing).
    standin.answerNext({ status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Denied.' } } });
    const unknown = await client.groupFacts([agents!.id]);
    assert.equal(unknown.get(agents!.id)!.signerIsMember, undefined);
  });

  it('section 5 (undo): removes an access assignment with its ETag in If-Match, read first; Graph then reports it deleting', async () => {
    const made = await client.createGdapRelationship(request());
    assert.ok(made.ok);
    await client.lockForApproval(made.value.id);
    assert.ok(standin.approve(made.value.id));
    const group = standin.access.groups[0]!.id;
    const first = await client.createAccessAssignment(made.value.id, group, [roles[0]!]);
    assert.ok(first.ok);
    const etag = (standin.access.assignments.get(made.value.id) ?? [])[0]!['@odata.etag'];
    const removed = await client.deleteAccessAssignment(made.value.id, first.value.id);
    assert.deepEqual(removed, { ok: true, value: true });
    const del = standin.received.find((r) => r.endpoint.startsWith('DELETE '))!;
    assert.equal(del.endpoint, 'DELETE /tenantRelationships/delegatedAdminRelationships/{id}/accessAssignments/{assignmentId}');
    assert.equal(del.headers['if-match'], etag, 'the ETag Graph gave');
    const listed = await client.listAccessAssignments(made.value.id);
    assert.ok(listed.ok);
    assert.deepEqual(
      listed.value.map((a) => a.status),
      ['deleting'],
    );
    const again = await client.listAccessAssignments(made.value.id);
    assert.ok(again.ok && again.value.length === 0, 'then gone');
  });

  it("issue 63: turns auto-extend on with PATCH autoExtendDuration P180D over the relationship's ETag; a stale ETag is 412; Global Administrator is refused", async () => {
    const made = await client.createGdapRelationship({ ...request(), autoExtendDuration: undefined } as GdapRequest);
    assert.ok(made.ok);
    await client.lockForApproval(made.value.id);
    assert.ok(standin.approve(made.value.id));
    const read = await client.getRelationship(made.value.id);
    assert.ok(read.ok && read.value.status === 'active' && read.value.etag, 'read with its ETag');
    assert.equal(read.value.autoExtendDuration, 'PT0S');
    const updated = await client.setAutoExtend(made.value.id, read.value.etag!);
    assert.deepEqual(updated, { ok: true, value: true });
    const patch = standin.received.at(-1)!;
    assert.equal(patch.method, 'PATCH');
    assert.equal(patch.endpoint, 'PATCH /tenantRelationships/delegatedAdminRelationships/{id}');
    assert.equal(patch.headers['if-match'], read.value.etag);
    assert.deepEqual(patch.body, { autoExtendDuration: 'P180D' });
    const after = await client.getRelationship(made.value.id);
    assert.ok(after.ok && after.value.autoExtendDuration === 'P180D' && after.value.etag !== read.value.etag, 'a new version');
    // The first ETag is stale now: 412, which the card machine answers by reading again.
    assert.deepEqual(await client.setAutoExtend(made.value.id, read.value.etag!), { ok: false, failure: { kind: 'rejected', status: 412 } });

    const withAdmin = await client.createGdapRelationship({
      ...request(),
      roleDefinitionIds: [GLOBAL_ADMINISTRATOR_ROLE_ID],
      autoExtendDuration: undefined,
    } as GdapRequest);
    assert.ok(withAdmin.ok);
    await client.lockForApproval(withAdmin.value.id);
    assert.ok(standin.approve(withAdmin.value.id));
    const adminRead = await client.getRelationship(withAdmin.value.id);
    assert.ok(adminRead.ok);
    assert.deepEqual(await client.setAutoExtend(withAdmin.value.id, adminRead.value.etag!), { ok: false, failure: { kind: 'rejected', status: 400 } });
  });
});
