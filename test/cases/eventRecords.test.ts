// Reading Partner Center's events and their audit records: strict on the event, tolerant on the record.
import { strict as assert } from 'assert';
import { changeOf, isAssignmentEvent, readPartnerCenterEvent, REGISTERED_EVENTS } from '../../src/domain/partnerCenterEvents';
import { readEventDetails } from '../../src/hosting/microsoftApis/auditRecords';

const CUSTOMER = '4b2a6e33-8791-4386-bd2b-0d55baf25039';

const documented = {
  EventName: 'reseller-relationship-accepted-by-customer',
  ResourceUri: `https://api.partnercenter.microsoft.com/v1/customers/${CUSTOMER}`,
  ResourceName: 'Customer',
  AuditUri: `https://api.partnercenter.microsoft.com/auditactivity/v1/auditrecords/60d5c4bb-f78a-4200-a002-953d7cc1f5f8_${CUSTOMER}_resellerrelationshipacceptedbycustomer_638331855840159088`,
  ResourceChangeUtcDate: '2023-10-18T00:26:24.0159088+00:00',
};

describe('Partner Center events: reading', () => {
  it("reads the documentation's example, its seven-digit date as milliseconds", () => {
    assert.deepEqual(readPartnerCenterEvent(documented), {
      name: 'reseller-relationship-accepted-by-customer',
      resourceUri: documented.ResourceUri,
      resourceName: 'Customer',
      auditUri: documented.AuditUri,
      changedAt: '2023-10-18T00:26:24.015Z',
    });
  });

  it('takes a null or missing AuditUri as none, and camelCase members as PascalCase', () => {
    const event = readPartnerCenterEvent({ ...documented, AuditUri: null });
    assert.equal(event?.auditUri, undefined);
    assert.equal('auditUri' in event!, false);
    const camel = readPartnerCenterEvent({
      eventName: 'test-created',
      resourceUri: 'https://api.partnercenter.microsoft.com/webhooks/v1/registration/validationEvents/x',
      resourceName: 'test',
      resourceChangeUtcDate: '2017-11-16T16:19:06.3520276+00:00',
    });
    assert.equal(camel?.name, 'test-created');
  });

  it('refuses anything else than an event', () => {
    const bad: unknown[] = [
      null,
      [],
      'text',
      { ...documented, EventName: 42 },
      { ...documented, EventName: 'has spaces' },
      { ...documented, EventName: 'x'.repeat(101) },
      { ...documented, ResourceUri: 'not a url' },
      { ...documented, ResourceUri: 'ftp://api.partnercenter.microsoft.com/v1/customers/x' },
      { ...documented, ResourceUri: `https://api.partnercenter.microsoft.com/${'a'.repeat(2100)}` },
      { ...documented, ResourceName: '' },
      { ...documented, AuditUri: 'javascript:alert(1)' },
      { ...documented, AuditUri: 7 },
      { ...documented, ResourceChangeUtcDate: 'yesterday' },
      { ...documented, ResourceChangeUtcDate: '2023-10-18' },
      { ...documented, ResourceChangeUtcDate: '2023-13-45T00:00:00Z' },
      { ResourceName: 'Customer' },
    ];
    for (const body of bad) assert.equal(readPartnerCenterEvent(body), undefined, JSON.stringify(body).slice(0, 120));
  });

  it('names the change of each registered event, and none of any other', () => {
    assert.deepEqual(
      REGISTERED_EVENTS.map((name) => changeOf(name)),
      ['approved', 'expired', 'terminated', 'accepted', 'accepted', 'test', undefined, undefined, undefined, undefined],
    );
    // The assignment events are registered (D6), received and logged; the access follow-up reads them.
    assert.ok(REGISTERED_EVENTS.slice(6).every((name) => isAssignmentEvent(name)));
    assert.equal(changeOf('granular-admin-relationship-activated'), undefined);
    assert.equal(changeOf('toString'), undefined);
    assert.equal(changeOf('__proto__'), undefined);
  });
});

// The audit record's pure reading (what it names, which URIs are asked) is checked in
// test/domain/auditRecords.test.ts; here, the read itself.
describe('Partner Center events: audit records', () => {
  it('reads the record with the app token, and falls back to ResourceUri without one or on a failure', async () => {
    const event = readPartnerCenterEvent(documented)!;
    const asked: { url: string; authorization: string | null }[] = [];
    const answer = (status: number, body: unknown): typeof fetch =>
      (async (url: string | URL | Request, init?: RequestInit) => {
        asked.push({ url: String(url), authorization: new Headers(init?.headers).get('authorization') });
        return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      }) as typeof fetch;
    const tokens = { token: async () => 'app-token' };
    const record = { customerId: CUSTOMER, customerName: 'Fabrikam' };
    assert.deepEqual(await readEventDetails(event, { tokens, fetch: answer(200, record) }), {
      objectId: CUSTOMER,
      customerTenantId: CUSTOMER,
      customerName: 'Fabrikam',
    });
    assert.deepEqual(asked, [{ url: documented.AuditUri, authorization: 'Bearer app-token' }]);
    assert.deepEqual(await readEventDetails(event, { tokens, fetch: answer(404, {}) }), { objectId: CUSTOMER });
    assert.deepEqual(await readEventDetails(event, { fetch: answer(200, record) }), { objectId: CUSTOMER });
    assert.deepEqual(await readEventDetails(event, { tokens: { token: async () => undefined }, fetch: answer(200, record) }), { objectId: CUSTOMER });
    assert.equal(asked.length, 2, 'no call without a token');
  });
});
