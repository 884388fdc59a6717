// What a Partner Center event was about, read from its audit record, and which audit URIs the
// app's token may be sent to. Pure, so it runs in the mutation run (the read itself, with its token
// and fetch, stays in test/cases/eventRecords.test.ts). Ids and the documented event are Partner
// Center's documentation's example; the edges are the module's own promises (its comments).
import { strict as assert } from 'assert';
import { auditPathOf, detailsOfAuditRecord, eventDetails, objectIdOfResource } from '../../src/domain/microsoftApis/auditRecords';

const GDAP_ID = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const CUSTOMER = '4b2a6e33-8791-4386-bd2b-0d55baf25039';
const OTHER = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

const documented = {
  ResourceUri: `https://api.partnercenter.microsoft.com/v1/customers/${CUSTOMER}`,
  AuditUri: `https://api.partnercenter.microsoft.com/auditactivity/v1/auditrecords/60d5c4bb-f78a-4200-a002-953d7cc1f5f8_${CUSTOMER}_resellerrelationshipacceptedbycustomer_638331855840159088`,
};

describe('Partner Center events: audit records', () => {
  it("reads a GDAP relationship's id and customer from resourceNewValue, whatever the members' case", () => {
    const record = {
      resourceType: 'granularAdminRelationship',
      resourceNewValue: JSON.stringify({ Id: GDAP_ID, Customer: { TenantId: CUSTOMER.toUpperCase(), OrganizationDisplayName: 'Contoso Ltd' } }),
    };
    assert.deepEqual(detailsOfAuditRecord(record), { objectId: GDAP_ID, customerTenantId: CUSTOMER, customerName: 'Contoso Ltd' });
    const camel = { resourceNewValue: JSON.stringify({ id: GDAP_ID, customer: { tenantId: CUSTOMER, displayName: 'Contoso' } }) };
    assert.deepEqual(detailsOfAuditRecord(camel), { objectId: GDAP_ID, customerTenantId: CUSTOMER, customerName: 'Contoso' });
  });

  it("reads a customer's acceptance from its company profile, or from the record's own customer", () => {
    const profile = { resourceNewValue: JSON.stringify({ id: CUSTOMER, companyProfile: { tenantId: CUSTOMER, companyName: 'Fabrikam' } }) };
    assert.deepEqual(detailsOfAuditRecord(profile), { objectId: CUSTOMER, customerTenantId: CUSTOMER, customerName: 'Fabrikam' });
    assert.deepEqual(detailsOfAuditRecord({ customerId: CUSTOMER, customerName: 'Northwind' }), { customerTenantId: CUSTOMER, customerName: 'Northwind' });
  });

  it('leaves out what is missing, malformed or too long', () => {
    assert.deepEqual(detailsOfAuditRecord(undefined), {});
    assert.deepEqual(detailsOfAuditRecord({ resourceNewValue: '{not json' }), {});
    assert.deepEqual(
      detailsOfAuditRecord({ resourceNewValue: JSON.stringify({ id: 'not-an-id', customer: { tenantId: 'nope', displayName: 'x'.repeat(300) } }) }),
      {},
    );
    assert.deepEqual(detailsOfAuditRecord({ resourceNewValue: JSON.stringify({ id: GDAP_ID, pad: 'x'.repeat(70_000) }) }), {});
  });

  it("takes the object id from ResourceUri's last segment only when it is one", () => {
    assert.equal(objectIdOfResource(`https://partner.microsoft.com/granularAdminRelationships/${GDAP_ID}`), GDAP_ID);
    assert.equal(objectIdOfResource(documented.ResourceUri), CUSTOMER);
    assert.equal(objectIdOfResource('https://api.partnercenter.microsoft.com/v1/customers/usagerecords'), undefined);
    assert.equal(objectIdOfResource('nonsense'), undefined);
  });

  it("asks only Partner Center's own audit records", () => {
    assert.equal(auditPathOf(documented.AuditUri), new URL(documented.AuditUri).pathname);
    assert.equal(auditPathOf('https://api.partnercenter.microsoft.com/v1/auditrecords/abc?x=1'), '/v1/auditrecords/abc?x=1');
    for (const uri of [
      'http://api.partnercenter.microsoft.com/v1/auditrecords/abc',
      'https://evil.example/v1/auditrecords/abc',
      'https://api.partnercenter.microsoft.com.evil.example/v1/auditrecords/abc',
      'https://user:pw@api.partnercenter.microsoft.com/v1/auditrecords/abc',
      'https://api.partnercenter.microsoft.com/v1/customers/abc',
      'https://api.partnercenter.microsoft.com/v1/auditrecords/../customers',
      'https://api.partnercenter.microsoft.com/v1/auditrecords/a/b',
    ]) {
      assert.equal(auditPathOf(uri), undefined, uri);
    }
    assert.equal(auditPathOf('http://127.0.0.1:4321/pc/v1/auditrecords/abc', 'http://127.0.0.1:4321/pc'), '/v1/auditrecords/abc');
  });

  it("takes the object id from ResourceUri's last segment, after a trailing slash too, in lower case", () => {
    assert.equal(objectIdOfResource(`https://api.partnercenter.microsoft.com/v1/customers/${CUSTOMER}/`), CUSTOMER, 'a trailing slash');
    assert.equal(objectIdOfResource(`https://api.partnercenter.microsoft.com/v1/customers/${CUSTOMER.toUpperCase()}`), CUSTOMER, 'upper case');
    assert.equal(objectIdOfResource(`https://api.partnercenter.microsoft.com/v1/customers/${CUSTOMER}x`), undefined, 'more than an id');
    assert.equal(objectIdOfResource('https://api.partnercenter.microsoft.com/'), undefined, 'no segment at all');
  });

  it("asks no audit URI with a fragment or a password, nor one beside the base URL's path", () => {
    for (const uri of [
      'https://api.partnercenter.microsoft.com/v1/auditrecords/abc#x',
      'https://:pw@api.partnercenter.microsoft.com/v1/auditrecords/abc',
      'https://user@api.partnercenter.microsoft.com/v1/auditrecords/abc',
      'https://api.partnercenter.microsoft.com/v1/auditrecords/',
      `https://api.partnercenter.microsoft.com/v1/auditrecords/${'a'.repeat(301)}`,
      'https://api.partnercenter.microsoft.com/v2/auditrecords/abc',
      'https://api.partnercenter.microsoft.com/x/v1/auditrecords/abc',
      'not a url',
    ]) {
      assert.equal(auditPathOf(uri), undefined, uri);
    }
    assert.equal(
      auditPathOf(`https://api.partnercenter.microsoft.com/v1/auditrecords/${'a'.repeat(300)}`),
      `/v1/auditrecords/${'a'.repeat(300)}`,
      '300 characters',
    );
    assert.equal(auditPathOf('https://api.partnercenter.microsoft.com/v1/auditrecords/abc', 'not a url'), undefined, 'a base URL that is none');
    const base = 'http://127.0.0.1:4321/pc';
    assert.equal(auditPathOf('http://127.0.0.1:4321/pc/v1/auditrecords/abc', `${base}/`), '/v1/auditrecords/abc', "the base's trailing slash");
    assert.equal(auditPathOf('http://127.0.0.1:4321/pc/v1/auditrecords/abc', `${base}//`), '/v1/auditrecords/abc', 'several trailing slashes');
    assert.equal(auditPathOf('http://127.0.0.1:4321/pcx/v1/auditrecords/abc', base), undefined, 'a path that only starts like the base');
    assert.equal(auditPathOf('http://127.0.0.1:4321/v1/auditrecords/abc', base), undefined, 'outside the base path');
    assert.equal(auditPathOf('http://127.0.0.1:4321/xx/v1/auditrecords/abc', base), undefined, 'another path as long as the base');
  });

  it('reads a member spelled exactly before one of another case', () => {
    const both = { resourceNewValue: JSON.stringify({ Id: OTHER, id: CUSTOMER }) };
    assert.deepEqual(detailsOfAuditRecord(both), { objectId: CUSTOMER });
  });

  it('reads names trimmed, of 256 characters at most, and an id of any case once trimmed', () => {
    const named = (name: string): unknown => detailsOfAuditRecord({ customerId: ` ${CUSTOMER.toUpperCase()} `, customerName: name });
    assert.deepEqual(named('  Northwind  '), { customerTenantId: CUSTOMER, customerName: 'Northwind' });
    assert.deepEqual(named('n'.repeat(256)), { customerTenantId: CUSTOMER, customerName: 'n'.repeat(256) });
    assert.deepEqual(named('n'.repeat(257)), { customerTenantId: CUSTOMER }, 'one character more');
    assert.deepEqual(named('   '), { customerTenantId: CUSTOMER }, 'only spaces');
    const blank = { resourceNewValue: JSON.stringify({ customer: { tenantId: CUSTOMER, displayName: '  ', organizationDisplayName: 'Contoso Ltd' } }) };
    assert.deepEqual(detailsOfAuditRecord(blank), { customerTenantId: CUSTOMER, customerName: 'Contoso Ltd' }, 'a blank name is none: the next one is read');
    assert.deepEqual(detailsOfAuditRecord({ customerId: `${CUSTOMER}-0`, customerName: 7 }), {}, 'no GUID, no text');
  });

  it("prefers the relationship's customer to the company profile, and both to the record's own customer", () => {
    const record = {
      customerId: OTHER,
      customerName: 'Record',
      resourceNewValue: JSON.stringify({
        id: GDAP_ID,
        customer: { tenantId: CUSTOMER, displayName: 'Relationship' },
        companyProfile: { tenantId: OTHER, companyName: 'Profile' },
      }),
    };
    assert.deepEqual(detailsOfAuditRecord(record), { objectId: GDAP_ID, customerTenantId: CUSTOMER, customerName: 'Relationship' });
    const noName = { ...record, resourceNewValue: JSON.stringify({ customer: { tenantId: CUSTOMER }, companyProfile: { companyName: 'Profile' } }) };
    assert.deepEqual(detailsOfAuditRecord(noName), { customerTenantId: CUSTOMER, customerName: 'Profile' });
    assert.deepEqual(detailsOfAuditRecord({ resourceNewValue: { id: CUSTOMER.toUpperCase() } }), { objectId: CUSTOMER }, 'a value already parsed');
    assert.deepEqual(detailsOfAuditRecord({ resourceNewValue: JSON.stringify([CUSTOMER]) }), {}, 'a value that is no object');
    assert.deepEqual(detailsOfAuditRecord({ resourceNewValue: 42 }), {});
    const atBound = JSON.stringify({ id: CUSTOMER, pad: '' });
    const padded = JSON.stringify({ id: CUSTOMER, pad: 'x'.repeat(64 * 1024 - atBound.length) });
    assert.equal(padded.length, 64 * 1024);
    assert.deepEqual(detailsOfAuditRecord({ resourceNewValue: padded }), { objectId: CUSTOMER }, 'a value of 64 KiB exactly');
  });

  it("gives the record's details over ResourceUri's id, and the id alone without a record", () => {
    const resource = `https://api.partnercenter.microsoft.com/v1/customers/${CUSTOMER}`;
    assert.deepEqual(eventDetails(resource), { objectId: CUSTOMER });
    assert.deepEqual(eventDetails(resource, { resourceNewValue: JSON.stringify({ id: GDAP_ID }) }), { objectId: GDAP_ID });
    assert.deepEqual(eventDetails(resource, { customerName: 'Fabrikam' }), { objectId: CUSTOMER, customerName: 'Fabrikam' });
    assert.deepEqual(eventDetails('https://api.partnercenter.microsoft.com/v1/customers/usagerecords', {}), {});
  });
});
