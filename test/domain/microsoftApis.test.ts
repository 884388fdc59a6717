// What Partner Center's and Graph's answers mean (src/domain/microsoftApis/), from tables: a failed
// status as a failure, a body read into a typed value or refused as not the documented shape, and
// what the bot asks of a search. The clients over HTTP: test/actions/graphClient.test.ts,
// partnerCenterClient.test.ts, failures.test.ts.
import { strict as assert } from 'assert';
import type { ActionFailure, CustomerRef } from '../../src/domain/actions';
import { entraAsksMfa, httpFailure, listOf, networkFailure, parseJson, retryAfterSeconds, Service } from '../../src/domain/microsoftApis/serviceAnswers';
import {
  caseCustomerOf,
  CustomerMatch,
  customerByDomainRead,
  customerByIdRead,
  customerLookup,
  customerSearchQuery,
  customersOf,
  invitationUrlOf,
  oneCustomerOf,
  transferOf,
} from '../../src/domain/microsoftApis/partnerCenterAnswers';
import {
  approvalRequestOf,
  assignmentsOf,
  etagOf,
  existingAssignment,
  firstRelationshipOf,
  groupFactsOf,
  memberGroupsOf,
  newAssignmentBody,
  newRelationshipBody,
  relationshipByNameFilter,
  relationshipName,
  relationshipOf,
  securityGroupsOf,
  securityGroupsQuery,
} from '../../src/domain/microsoftApis/graphAnswers';

const NOW = Date.parse('2026-11-24T10:00:00Z');
const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name.toLowerCase()] ?? null });
const CUSTOMER = '0b2a4a3e-5d4f-4c8e-9a6b-1c2d3e4f5a6b';

describe('Microsoft APIs: what an answer means', () => {
  it('reads a failed status as the failure the partner is told of', () => {
    const rows: [Service, number, Record<string, string>, unknown, ActionFailure][] = [
      ['partnerCenter', 401, {}, undefined, { kind: 'unauthorized' }],
      ['partnerCenter', 401, {}, { code: 900419 }, { kind: 'mfaRequired' }],
      ['partnerCenter', 401, {}, { code: '900419' }, { kind: 'mfaRequired' }],
      ['graph', 401, {}, { code: 900419 }, { kind: 'unauthorized' }],
      ['graph', 401, { 'www-authenticate': 'Bearer error="insufficient_claims"' }, undefined, { kind: 'mfaRequired' }],
      ['partnerCenter', 403, {}, undefined, { kind: 'forbidden', missing: 'adminAgent' }],
      ['graph', 403, {}, undefined, { kind: 'forbidden', missing: 'graphPermission' }],
      ['graph', 403, { 'www-authenticate': 'Bearer claims="eyJ"' }, undefined, { kind: 'mfaRequired' }],
      ['graph', 404, {}, undefined, { kind: 'notFound' }],
      ['graph', 409, {}, undefined, { kind: 'conflict' }],
      ['partnerCenter', 429, { 'retry-after': '17' }, undefined, { kind: 'throttled', retryAfterSeconds: 17 }],
      ['partnerCenter', 429, {}, undefined, { kind: 'throttled', retryAfterSeconds: 60 }],
      ['graph', 500, {}, undefined, { kind: 'unavailable', status: 500 }],
      ['graph', 503, {}, undefined, { kind: 'unavailable', status: 503 }],
      ['graph', 400, {}, undefined, { kind: 'rejected', status: 400 }],
      ['partnerCenter', 412, {}, undefined, { kind: 'rejected', status: 412 }],
    ];
    for (const [service, status, h, body, expected] of rows)
      assert.deepEqual(httpFailure(service, status, headers(h), body, NOW), expected, `${service} ${status} ${JSON.stringify(h)}`);
  });

  it('reads Retry-After in seconds or as a date, at least a second, a minute when it names none', () => {
    const rows: [string | null, number][] = [
      ['5', 5],
      [' 5 ', 5],
      ['0', 1],
      ['Tue, 24 Nov 2026 10:00:30 GMT', 30],
      ['Tue, 24 Nov 2026 09:00:00 GMT', 1],
      [null, 60],
      ['', 60],
      ['soon', 60],
      ['120 seconds', 60],
      ['abc5', 60],
    ];
    for (const [value, seconds] of rows) assert.equal(retryAfterSeconds(value, NOW), seconds, String(value));
  });

  it('tells a deadline from a lost connection, and reads a body that is no JSON as none', () => {
    assert.deepEqual(networkFailure('TimeoutError'), { kind: 'timeout' });
    assert.deepEqual(networkFailure('TypeError'), { kind: 'unavailable', status: 0 });
    assert.deepEqual(networkFailure(undefined), { kind: 'unavailable', status: 0 });
    assert.deepEqual(parseJson('{"a":1}'), { a: 1 });
    assert.equal(parseJson('  '), undefined);
    assert.equal(parseJson('<html>'), undefined);
    assert.equal(parseJson('42'), 42);
  });

  it('hears Entra ask for a stronger sign-in only in its own words', () => {
    const rows: [unknown, boolean][] = [
      [new Error('AADSTS50076: Due to a configuration change made by your administrator'), true],
      [new Error('AADSTS50079: the user is required to use multi-factor authentication'), true],
      [Object.assign(new Error('x'), { name: 'interaction_required' }), true],
      [new Error('insufficient_claims'), true],
      [new Error('AADSTS50077'), false],
      [new Error('AADSTS700016: application not found'), false],
      ['AADSTS50076', false],
    ];
    for (const [error, expected] of rows) assert.equal(entraAsksMfa(error), expected, String(error));
  });

  it('reads a list only where the answer holds one under its name', () => {
    assert.deepEqual(listOf({ value: [1] }, 'value'), [1]);
    assert.equal(listOf({ value: {} }, 'value'), undefined);
    assert.equal(listOf({ items: [] }, 'value'), undefined);
    assert.equal(listOf([1], 'value'), undefined);
    assert.equal(listOf(undefined, 'items'), undefined);
  });
});

describe("Partner Center's answers", () => {
  const match = (domain: string, companyName = domain, tenantId = CUSTOMER): CustomerMatch => ({ id: tenantId, tenantId, domain, companyName });

  it('takes an invitation link only when it is https', () => {
    assert.deepEqual(invitationUrlOf({ status: 200, json: { url: 'https://admin.microsoft.com/Adminportal?invType=ResellerRelationship' } }), {
      ok: true,
      value: 'https://admin.microsoft.com/Adminportal?invType=ResellerRelationship',
    });
    for (const json of [{ url: 'http://example.com' }, { url: 42 }, {}, 'https://x', undefined])
      assert.deepEqual(invitationUrlOf({ status: 200, json }), { ok: false, failure: { kind: 'unavailable', status: 200 } }, JSON.stringify(json));
  });

  it('reads customers from their company profile, leaving out what is not one', () => {
    const json = {
      items: [
        { id: 'a', companyProfile: { tenantId: 'T', domain: 'contoso.com', companyName: 'Contoso' } },
        { id: 'b', companyProfile: {} },
        { id: 'c' },
        { companyProfile: { tenantId: 'x' } },
        'nonsense',
      ],
    };
    assert.deepEqual(customersOf({ status: 200, json }), {
      ok: true,
      value: [
        { id: 'a', tenantId: 'T', domain: 'contoso.com', companyName: 'Contoso' },
        { id: 'b', tenantId: 'b', domain: '', companyName: '' },
      ],
    });
    assert.deepEqual(customersOf({ status: 200, json: { items: {} } }), { ok: false, failure: { kind: 'unavailable', status: 200 } });
    assert.deepEqual(oneCustomerOf({ status: 200, json: { id: 'c' } }), { ok: false, failure: { kind: 'unavailable', status: 200 } });
  });

  it('searches a page of customers whose domain or name starts with what was typed', () => {
    const query = (q: string) => new URLSearchParams(q);
    const byDomain = query(customerSearchQuery({ by: 'domain', value: "o'neil.com" }));
    assert.equal(byDomain.get('size'), '20');
    assert.deepEqual(JSON.parse(byDomain.get('filter')!), { Field: 'Domain', Value: "o'neil.com", Operator: 'starts_with' });
    assert.deepEqual(JSON.parse(query(customerSearchQuery({ by: 'companyName', value: 'Contoso & Co' })).get('filter')!), {
      Field: 'CompanyName',
      Value: 'Contoso & Co',
      Operator: 'starts_with',
    });
  });

  it('takes the customer named: a tenant id as it is, a domain only when exactly one matches it whole', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => match(`c${i}.com`));
    const rows: [CustomerRef, CustomerMatch[], unknown][] = [
      [{ by: 'tenantId', value: CUSTOMER }, [], { companyName: '', tenantId: CUSTOMER, domain: '' }],
      [
        { by: 'domain', value: 'contoso.com' },
        [match('contoso.com'), match('contoso.com.au')],
        { companyName: 'contoso.com', tenantId: CUSTOMER, domain: 'contoso.com' },
      ],
      [{ by: 'domain', value: 'contoso.com' }, [match('Contoso.COM')], { companyName: 'Contoso.COM', tenantId: CUSTOMER, domain: 'Contoso.COM' }],
      [
        { by: 'domain', value: 'contoso.on' },
        [match('contoso.onmicrosoft.com')],
        { many: [{ companyName: 'contoso.onmicrosoft.com', tenantId: CUSTOMER, domain: 'contoso.onmicrosoft.com' }] },
      ],
      [
        { by: 'domain', value: 'a.com' },
        [match('a.com', 'A1', 't1'), match('a.com', 'A2', 't2'), match('a.com.br')],
        { many: [match('a.com', 'A1', 't1'), match('a.com', 'A2', 't2')].map(({ id: _id, ...v }) => v) },
      ],
      [{ by: 'domain', value: 'nobody.com' }, [], { none: true }],
      [{ by: 'name', value: 'Contoso' }, [match('contoso.com', 'Contoso')], { many: [{ companyName: 'Contoso', tenantId: CUSTOMER, domain: 'contoso.com' }] }],
      [{ by: 'name', value: 'c' }, twelve, { many: twelve.slice(0, 10).map(({ id: _id, ...v }) => v) }],
    ];
    for (const [ref, matches, expected] of rows) assert.deepEqual(customerLookup(ref, matches), expected, JSON.stringify(ref));
    assert.deepEqual(
      customerLookup({ by: 'name', value: 'fabrikam.com' }, [match('fabrikam.com', 'Fabrikam'), match('fabrikam.net', 'Fabrikam Europe')]),
      { many: [match('fabrikam.com', 'Fabrikam'), match('fabrikam.net', 'Fabrikam Europe')].map(({ id: _id, ...v }) => v) },
      'a name whose text is also a match’s whole domain: its matches are offered, none taken',
    );
    const long = customerLookup({ by: 'name', value: 'x' }, [match('d'.repeat(300), 'n'.repeat(600))]);
    assert.ok('many' in long && long.many[0]!.companyName.length === 512 && long.many[0]!.domain.length === 256);
  });

  it("reads whether a customer is the partner's: by id (not found: not theirs), by domain (exactly one)", () => {
    const found = (value: CustomerMatch) => ({ ok: true as const, value });
    const failure = (f: ActionFailure) => ({ ok: false as const, failure: f });
    assert.deepEqual(customerByIdRead(found(match('Contoso.com', 'Contoso', 'ABC'))), {
      customer: { tenantId: 'abc', name: 'Contoso', domain: 'contoso.com' },
    });
    assert.deepEqual(customerByIdRead(failure({ kind: 'notFound' })), { none: true });
    assert.deepEqual(customerByIdRead(failure({ kind: 'timeout' })), { failure: { kind: 'timeout' } });
    assert.deepEqual(customerByDomainRead('contoso.com', { ok: true, value: [match('CONTOSO.com', 'C', 'T')] }), {
      customer: { tenantId: 't', name: 'C', domain: 'contoso.com' },
    });
    assert.deepEqual(customerByDomainRead('contoso.com', { ok: true, value: [match('contoso.com'), match('contoso.com')] }), { none: true });
    assert.deepEqual(customerByDomainRead('contoso.com', { ok: true, value: [match('contoso.com.au')] }), { none: true });
    assert.deepEqual(customerByDomainRead('contoso.com', failure({ kind: 'forbidden', missing: 'adminAgent' })), {
      failure: { kind: 'forbidden', missing: 'adminAgent' },
    });
    assert.deepEqual(caseCustomerOf({ tenantId: 'T', companyName: 'N', domain: '' }), { tenantId: 't', name: 'N' });
    assert.deepEqual(caseCustomerOf({ tenantId: 'T', companyName: 'n'.repeat(600), domain: `${'D'.repeat(300)}.com` }), {
      tenantId: 't',
      name: 'n'.repeat(512),
      domain: 'd'.repeat(256),
    });
  });

  it('reads a transfer, keeping the entity whole for a cancel, and refuses one without its ids', () => {
    const json = { id: 'tr', status: 'Active', customerTenantId: CUSTOMER, transferType: 5, expirationTime: '2026-12-24T00:00:00Z', extra: true };
    const read = transferOf({ status: 201, json });
    assert.deepEqual(read, {
      ok: true,
      value: {
        id: 'tr',
        status: 'Active',
        customerTenantId: CUSTOMER,
        sourcePartnerTenantId: '',
        targetPartnerTenantId: '',
        lineItems: [],
        entity: json,
        transferType: 5,
        expirationTime: '2026-12-24T00:00:00Z',
      },
    });
    const bare = transferOf({ status: 200, json: { id: 'tr', status: 'Active', customerTenantId: CUSTOMER, createdTime: '2026-11-24T10:00:00Z' } });
    assert.ok(bare.ok);
    assert.equal(bare.value.createdTime, '2026-11-24T10:00:00Z', 'its creation time kept');
    assert.ok(!('transferType' in bare.value), 'no transfer type named: none kept, not an empty one');
    for (const broken of [{ ...json, id: undefined }, { ...json, status: 7 }, { ...json, customerTenantId: '' }, [], null])
      assert.deepEqual(transferOf({ status: 200, json: broken }), { ok: false, failure: { kind: 'unavailable', status: 200 } }, JSON.stringify(broken));
  });
});

describe("Graph's answers", () => {
  const relationship = {
    id: 'r-1',
    displayName: 'advisor-abc',
    status: 'active',
    duration: 'P730D',
    customer: { tenantId: CUSTOMER },
    accessDetails: { unifiedRoles: [{ roleDefinitionId: 'role-1' }, { nope: 1 }, { roleDefinitionId: 'role-2' }] },
    endDateTime: '2028-11-24T00:00:00Z',
    '@odata.etag': 'W/"1"',
  };

  it("names a confirmation's relationship uniquely, within Graph's 50 characters, the same on a retry", () => {
    const rows: [string, string][] = [
      ['abc-123', 'advisor-abc-123'],
      ["a b'c/<d>", 'advisor-abcd'],
      ['x'.repeat(60), `advisor-${'x'.repeat(42)}`],
    ];
    for (const [key, name] of rows) assert.equal(relationshipName(key), name);
    assert.ok(relationshipName('y'.repeat(100)).length <= 50);
    assert.equal(relationshipByNameFilter("advisor-o'x"), "displayName eq 'advisor-o''x'");
    const body = newRelationshipBody({
      confirmationKey: 'k',
      customerTenantId: CUSTOMER,
      roleDefinitionIds: ['r'],
      duration: 'P90D',
      autoExtendDuration: 'P180D',
    });
    assert.deepEqual(body, {
      displayName: 'advisor-k',
      duration: 'P90D',
      customer: { tenantId: CUSTOMER },
      accessDetails: { unifiedRoles: [{ roleDefinitionId: 'r' }] },
      autoExtendDuration: 'P180D',
    });
    assert.ok(!('autoExtendDuration' in newRelationshipBody({ confirmationKey: 'k', customerTenantId: CUSTOMER, roleDefinitionIds: [], duration: 'P1D' })));
  });

  it('reads a relationship, its roles and ETag, and refuses one without its ids', () => {
    assert.deepEqual(relationshipOf({ status: 200, json: relationship }), {
      ok: true,
      value: {
        id: 'r-1',
        displayName: 'advisor-abc',
        status: 'active',
        duration: 'P730D',
        customerTenantId: CUSTOMER,
        roleDefinitionIds: ['role-1', 'role-2'],
        endDateTime: '2028-11-24T00:00:00Z',
        etag: 'W/"1"',
      },
    });
    for (const broken of [{ ...relationship, customer: {} }, { ...relationship, status: undefined }, 'r-1'])
      assert.deepEqual(relationshipOf({ status: 200, json: broken }), { ok: false, failure: { kind: 'unavailable', status: 200 } });
    assert.deepEqual(firstRelationshipOf({ status: 200, json: { value: [] } }), { ok: true, value: undefined });
    assert.equal((firstRelationshipOf({ status: 200, json: { value: [relationship, {}] } }) as { value: { id: string } }).value.id, 'r-1');
    assert.deepEqual(firstRelationshipOf({ status: 200, json: {} }), { ok: false, failure: { kind: 'unavailable', status: 200 } });
    assert.deepEqual(approvalRequestOf({ status: 201, json: { id: 'q', action: 'lockForApproval', status: 'created' } }), {
      ok: true,
      value: { id: 'q', action: 'lockForApproval', status: 'created' },
    });
    assert.deepEqual(approvalRequestOf({ status: 201, json: { id: 'q' } }), { ok: false, failure: { kind: 'unavailable', status: 201 } });
    assert.deepEqual(approvalRequestOf({ status: 201, json: null }), { ok: false, failure: { kind: 'unavailable', status: 201 } }, 'no object');
    const { duration: _d, ...noDuration } = relationship;
    const read = relationshipOf({ status: 200, json: noDuration });
    assert.equal(read.ok && read.value.duration, '', 'a relationship that names no duration reads as none');
  });

  it('searches security groups by the start of their name, and lists security groups only, a page at most', () => {
    const filterOf = (q: string) => new URLSearchParams(q).get('$filter');
    assert.equal(filterOf(securityGroupsQuery('  ')), 'securityEnabled eq true');
    assert.equal(filterOf(securityGroupsQuery(" Help'desk ")), "securityEnabled eq true and startswith(displayName,'Help''desk')");
    assert.equal(new URLSearchParams(securityGroupsQuery('a')).get('$top'), '20');
    assert.equal(filterOf(securityGroupsQuery('z'.repeat(200))), `securityEnabled eq true and startswith(displayName,'${'z'.repeat(120)}')`);
    const value = [
      { id: 'g1', displayName: 'Helpdesk', securityEnabled: true, groupTypes: [] },
      { id: 'g2', displayName: 'All staff', securityEnabled: true, groupTypes: ['Unified'] },
      { id: 'g3', displayName: 'Mail only', securityEnabled: false },
      { id: 'g4', securityEnabled: true },
      ...Array.from({ length: 25 }, (_, i) => ({ id: `s${i}`, displayName: `S${i}`, securityEnabled: true })),
    ];
    const read = securityGroupsOf({ status: 200, json: { value } });
    assert.ok(read.ok);
    assert.equal(read.value.length, 20);
    assert.deepEqual(read.value[0], { id: 'g1', displayName: 'Helpdesk' });
    assert.ok(!read.value.some((g) => ['g2', 'g3', 'g4'].includes(g.id)));
  });

  it("reads access assignments, and after a 409 takes the group's assignment that counts", () => {
    const one = (id: string, groupId: string, status: string) => ({
      id,
      status,
      accessContainer: { accessContainerId: groupId },
      accessDetails: { unifiedRoles: [{ roleDefinitionId: 'role-1' }] },
      createdDateTime: '2026-11-24T09:00:00Z',
    });
    const read = assignmentsOf({ status: 200, json: { value: [one('a1', 'G1', 'deleted'), one('a2', 'g1', 'active'), { id: 'x' }] } });
    assert.ok(read.ok);
    assert.deepEqual(read.value[1], {
      id: 'a2',
      groupId: 'g1',
      roleDefinitionIds: ['role-1'],
      status: 'active',
      createdAt: Date.parse('2026-11-24T09:00:00Z'),
    });
    assert.equal(read.value.length, 2);
    assert.equal(existingAssignment(read.value, 'G1')?.id, 'a2');
    assert.equal(existingAssignment(read.value, 'g9'), undefined);
    assert.deepEqual(newAssignmentBody('g1', ['r1', 'r2']), {
      accessContainer: { accessContainerId: 'g1', accessContainerType: 'securityGroup' },
      accessDetails: { unifiedRoles: [{ roleDefinitionId: 'r1' }, { roleDefinitionId: 'r2' }] },
    });
    assert.equal(etagOf({ '@odata.etag': 'W/"2"' }), 'W/"2"');
    assert.equal(etagOf({}), undefined);
  });

  it('says of a group only what its reads told: members, owners, whether the partner is in it', () => {
    const member = memberGroupsOf({ value: ['g1'] });
    const rows: [unknown, unknown, ReadonlySet<unknown> | undefined, object][] = [
      [
        3,
        { value: [{ displayName: 'Ana' }, { nope: 1 }, { displayName: 'B'.repeat(200) }] },
        member,
        { memberCount: 3, owners: ['Ana', 'B'.repeat(120)], signerIsMember: true },
      ],
      [0, { value: [] }, memberGroupsOf({ value: [] }), { memberCount: 0, owners: [], signerIsMember: false }],
      [undefined, undefined, undefined, {}],
      [-1, { value: 'x' }, memberGroupsOf({}), {}],
      [2.5, null, undefined, {}],
    ];
    for (const [count, owners, memberOf, expected] of rows)
      assert.deepEqual(groupFactsOf('g1', count, owners, memberOf), expected, JSON.stringify([count, owners]));
  });
});
