// The Partner Center calls against the stand-in (tools/standins), each request asserted on what
// the stand-in received. Shapes from Microsoft's pages (learn.microsoft.com):
// - "Retrieve a relationship request URL": partner-center/developer/request-reseller-relationship
// - "Get a list of customers filtered by a search field": partner-center/developer/get-a-list-of-customers-filtered-by-a-search-field
// - "Create a transfer": partner-center/developer/create-a-transfer
// - "Get a transfer by ID": partner-center/developer/get-a-transfer-by-id
// - "Update a transfer request for new commerce" (cancel): partner-center/developer/update-a-transfer
// - "Partner Center REST error codes": partner-center/developer/error-codes
import { strict as assert } from 'assert';
import { randomUUID } from 'crypto';
import { PartnerCenterClient } from '../../src/hosting/microsoftApis/partnerCenterClient';
import { PartnerCenterStandin } from '../../tools/standins/partnerCenterStandin';
import { StandinTokenSource } from '../../tools/standins/tokenSource';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('Partner Center client (against the stand-in)', () => {
  let standin: PartnerCenterStandin;
  let tokens: StandinTokenSource;
  let client: PartnerCenterClient;
  const call = { correlationId: randomUUID() };

  beforeEach(async () => {
    standin = new PartnerCenterStandin();
    const urls = await standin.start();
    tokens = new StandinTokenSource(urls.token);
    client = new PartnerCenterClient({ baseUrl: urls.partnerCenter, tokens, timeoutMs: 1000 });
    standin.addCustomer({ tenantId: randomUUID(), domain: 'contoso.onmicrosoft.com', companyName: 'Contoso Ltd' });
    standin.addCustomer({ tenantId: randomUUID(), domain: 'fabrikam.onmicrosoft.com', companyName: 'Fabrikam' });
  });
  afterEach(() => standin.stop());

  function only() {
    assert.equal(standin.received.length, 1, 'one call');
    return standin.received[0]!;
  }

  it('gets the relationship request URL with a fresh token and the request and correlation ids', async () => {
    const result = await client.getRelationshipRequestUrl(call);
    assert.ok(result.ok);
    assert.match(result.value, new RegExp(`^https://admin\\.microsoft\\.com/.*partnerId=${standin.partnerTenantId}`));
    const sent = only();
    assert.equal(sent.method, 'GET');
    assert.equal(sent.path, '/v1/customers/relationshiprequests');
    assert.equal(sent.headers.authorization, `Bearer ${tokens.issued[0]}`);
    assert.equal(sent.headers.accept, 'application/json');
    assert.match(String(sent.headers['ms-requestid']), UUID);
    assert.equal(sent.headers['ms-correlationid'], call.correlationId);
    // "Partner Center REST headers": MS-Contract-Version is required, usually v1.
    assert.equal(sent.headers['ms-contract-version'], 'v1');
    assert.equal(sent.body, undefined);
  });

  it('finds customers by domain with the documented filter, URL-encoded', async () => {
    const result = await client.findCustomers({ by: 'domain', value: 'contoso' }, call);
    assert.ok(result.ok);
    assert.deepEqual(
      result.value.map((c) => [c.domain, c.companyName]),
      [['contoso.onmicrosoft.com', 'Contoso Ltd']],
    );
    assert.match(result.value[0]!.tenantId, UUID);
    const sent = only();
    assert.equal(sent.path, '/v1/customers');
    assert.deepEqual(JSON.parse(sent.query.filter!), { Field: 'Domain', Value: 'contoso', Operator: 'starts_with' });
    assert.ok(sent.url.includes(`filter=${encodeURIComponent(sent.query.filter!)}`), sent.url);
    assert.ok(!sent.url.includes('{'), 'the filter is encoded');
  });

  it('finds customers by company name', async () => {
    const result = await client.findCustomers({ by: 'companyName', value: 'Fab' }, call);
    assert.ok(result.ok);
    assert.deepEqual(
      result.value.map((c) => c.companyName),
      ['Fabrikam'],
    );
    assert.equal(JSON.parse(only().query.filter!).Field, 'CompanyName');
  });

  it('creates a transfer and reads it back by id', async () => {
    const customer = standin.customers[0]!;
    const body = {
      customerTenantId: customer.tenantId,
      sourcePartnerTenantId: randomUUID(),
      targetPartnerTenantId: standin.partnerTenantId,
      transferType: 5,
    };
    const requestId = randomUUID();
    const created = await client.createTransfer(customer.id, body, { ...call, requestId });
    assert.ok(created.ok);
    assert.equal(created.value.customerTenantId, customer.tenantId);
    assert.equal(created.value.transferType, 5, 'the number sent comes back as sent');
    assert.ok(created.value.expirationTime);
    const sent = only();
    assert.equal(sent.method, 'POST');
    assert.equal(sent.path, `/v1/customers/${customer.id}/transfers`);
    assert.equal(sent.headers['content-type'], 'application/json');
    assert.equal(sent.headers['ms-requestid'], requestId);
    assert.deepEqual(sent.body, { lineItems: [], ...body });
    assert.equal(standin.calls('POST /v1/customers/{customerId}/transfers'), 1);

    const read = await client.getTransfer(customer.id, created.value.id, call);
    assert.ok(read.ok);
    assert.equal(read.value.id, created.value.id);
    assert.equal(standin.received[1]!.path, `/v1/customers/${customer.id}/transfers/${created.value.id}`);
    assert.equal(standin.calls('GET /v1/customers/{customerId}/transfers/{transferId}'), 1);
  });

  it('makes one transfer when a confirmation is retried after a timeout (same MS-RequestId)', async () => {
    const customer = standin.customers[0]!;
    const body = { customerTenantId: customer.tenantId, sourcePartnerTenantId: randomUUID(), targetPartnerTenantId: standin.partnerTenantId, transferType: 5 };
    const requestId = randomUUID();
    standin.answerNext({ delayMs: 1500 });
    const first = await client.createTransfer(customer.id, body, { ...call, requestId });
    assert.deepEqual(first, { ok: false, failure: { kind: 'timeout' } });
    const retried = await client.createTransfer(customer.id, body, { ...call, requestId });
    assert.ok(retried.ok);
    assert.equal(standin.calls('POST /v1/customers/{customerId}/transfers'), 2);
    assert.equal(standin.made().transfers, 1, 'the retry made no second transfer');

    const another = await client.createTransfer(customer.id, body, { ...call, requestId: randomUUID() });
    assert.ok(another.ok);
    assert.notEqual(another.value.id, retried.value.id, 'another confirmation is another transfer');
  });

  it('issue 63: cancels a pending transfer with PATCH, the transfer read sent back with "status": "Cancel"; a second cancel is refused as Partner Center does', async () => {
    const customer = standin.customers[0]!;
    const body = { customerTenantId: customer.tenantId, sourcePartnerTenantId: randomUUID(), targetPartnerTenantId: standin.partnerTenantId, transferType: 5 };
    const created = await client.createTransfer(customer.id, body, { ...call, requestId: randomUUID() });
    assert.ok(created.ok);
    const read = await client.getTransfer(customer.id, created.value.id, call);
    assert.ok(read.ok && read.value.status === 'Active');
    const cancelled = await client.cancelTransfer(customer.id, created.value.id, read.value.entity, call);
    assert.ok(cancelled.ok);
    assert.equal(cancelled.value.status, 'Canceled');
    const sent = standin.received.at(-1)!;
    assert.equal(sent.method, 'PATCH');
    assert.equal(sent.path, `/v1/customers/${customer.id}/transfers/${created.value.id}`);
    assert.equal(sent.headers['ms-contract-version'], 'v1');
    assert.match(String(sent.headers['ms-requestid']), UUID);
    const patched = sent.body as Record<string, unknown>;
    assert.equal(patched.status, 'Cancel');
    assert.equal(patched.id, created.value.id);
    assert.equal(patched.customerTenantId, customer.tenantId, 'the transfer as read, whole');
    // Only while pending: the stand-in refuses a second cancel, as Partner Center does.
    const again = await client.cancelTransfer(customer.id, created.value.id, cancelled.value.entity, call);
    assert.deepEqual(again, { ok: false, failure: { kind: 'rejected', status: 400 } });
  });

  it('is refused without MFA once Partner Center requires it, and accepted with it', async () => {
    standin.requireMfa = true;
    standin.tokenMfa = false;
    assert.deepEqual(await client.getRelationshipRequestUrl(call), { ok: false, failure: { kind: 'mfaRequired' } });
    standin.tokenMfa = true;
    assert.ok((await client.getRelationshipRequestUrl(call)).ok);
  });
});
