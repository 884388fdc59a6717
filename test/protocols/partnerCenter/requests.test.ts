// The Partner Center requests the actions make (protocols/partnerCenter/requests.ts), from tables:
// each one's method, path, headers and body, and what its answer ends as (read, or a failure as it is).
import { strict as assert } from 'assert';
import { failed, succeeded } from '../../../src/domain/actions';
import { REGISTERED_EVENTS } from '../../../src/domain/partnerCenterEvents';
import type { Plan, ServiceAnswer, ServiceCall } from '../../../src/protocols/microsoftApis/plans';
import {
  cancelTransferPlan,
  createTransferPlan,
  eventDetailsPlan,
  findCustomersPlan,
  getCustomerPlan,
  getTransferPlan,
  invitationLinkPlan,
  webhookRegistrationPlan,
} from '../../../src/protocols/partnerCenter/requests';

const CALL = { correlationId: 'corr-1', requestId: 'req-1' };
const HEADERS = { 'MS-Contract-Version': 'v1', 'MS-RequestId': 'req-1', 'MS-CorrelationId': 'corr-1' };

/** The one request a plan makes, and its result once given `answer`. */
function oneCall<T>(plan: Plan<T>, answer: ServiceAnswer): { request: ServiceCall; result: unknown } {
  assert.ok(!('done' in plan));
  assert.equal(plan.calls.length, 1);
  const next = plan.then([answer]);
  assert.ok('done' in next, 'one call only');
  return { request: plan.calls[0]!, result: next.done };
}

const TRANSFER = { id: 'tr-1', status: 'Active', customerTenantId: 'cust', sourcePartnerTenantId: 'src', targetPartnerTenantId: 'dst' };

describe('Partner Center: the requests', () => {
  it('names each request by its method, path and the REST headers, a write with its body', () => {
    const filter = encodeURIComponent(JSON.stringify({ Field: 'Domain', Value: 'contoso', Operator: 'starts_with' }));
    const rows: [string, Plan<unknown>, Omit<ServiceCall, 'headers'>][] = [
      ['invitation link', invitationLinkPlan(CALL), { method: 'GET', path: '/v1/customers/relationshiprequests' }],
      ['customer search', findCustomersPlan({ by: 'domain', value: 'contoso' }, CALL), { method: 'GET', path: `/v1/customers?size=20&filter=${filter}` }],
      ['a customer by id', getCustomerPlan('a/b', CALL), { method: 'GET', path: '/v1/customers/a%2Fb' }],
      [
        'a new transfer: no line items unless given',
        createTransferPlan('cust', { customerTenantId: 'cust', sourcePartnerTenantId: 'src', transferType: 5 }, CALL),
        {
          method: 'POST',
          path: '/v1/customers/cust/transfers',
          body: { lineItems: [], customerTenantId: 'cust', sourcePartnerTenantId: 'src', transferType: 5 },
        },
      ],
      [
        'a cancel: the entity back, its id and status Cancel whatever it said',
        cancelTransferPlan('cust', 'tr 1', { id: 'other', status: 'Active', lineItems: [1] }, CALL),
        { method: 'PATCH', path: '/v1/customers/cust/transfers/tr%201', body: { id: 'tr 1', status: 'Cancel', lineItems: [1] } },
      ],
      ['a transfer', getTransferPlan('cust', 'tr-1', CALL), { method: 'GET', path: '/v1/customers/cust/transfers/tr-1' }],
    ];
    for (const [name, plan, expected] of rows) {
      const { request } = oneCall(plan, failed({ kind: 'timeout' }));
      assert.deepEqual(request, { ...expected, headers: HEADERS }, name);
    }
  });

  it('reads an answer into its value, answers a failure as it is, and a body of the wrong shape as unavailable', () => {
    const ok = (json: unknown): ServiceAnswer => succeeded({ status: 200, json });
    const rows: [string, Plan<unknown>, ServiceAnswer, unknown][] = [
      ['link', invitationLinkPlan(CALL), ok({ url: 'https://partner.microsoft.com/x' }), succeeded('https://partner.microsoft.com/x')],
      ['a link not https', invitationLinkPlan(CALL), ok({ url: 'http://x' }), failed({ kind: 'unavailable', status: 200 })],
      [
        'throttled',
        getTransferPlan('c', 't', CALL),
        failed({ kind: 'throttled', retryAfterSeconds: 30 }),
        failed({ kind: 'throttled', retryAfterSeconds: 30 }),
      ],
      ["not this partner's customer", getCustomerPlan('c', CALL), failed({ kind: 'notFound' }), failed({ kind: 'notFound' })],
    ];
    for (const [name, plan, answer, expected] of rows) assert.deepEqual(oneCall(plan, answer).result, expected, name);
    const read = oneCall(getTransferPlan('c', 't', CALL), ok(TRANSFER)).result as { ok: boolean; value: { id: string; entity: unknown } };
    assert.deepEqual([read.ok, read.value.id, read.value.entity], [true, 'tr-1', TRANSFER]);
  });

  it("reads an event's audit record with the REST headers; a record that cannot be read leaves only what ResourceUri says", () => {
    const GDAP = '6f1c0a8e-0e2b-4c1e-9a57-1a2b3c4d5e6f-0d9e8f7a-1b2c-4d3e-8f9a-0b1c2d3e4f5a';
    const resourceUri = `https://partner.microsoft.com/granularAdminRelationships/${GDAP}`;
    const plan = eventDetailsPlan(resourceUri, '/v1/auditrecords/abc', CALL);
    const failedRead = oneCall(plan, failed({ kind: 'unavailable', status: 500 }));
    assert.deepEqual(failedRead.request, { method: 'GET', path: '/v1/auditrecords/abc', headers: HEADERS });
    assert.deepEqual(failedRead.result, succeeded({ objectId: GDAP }));
    const unreadable = oneCall(eventDetailsPlan(resourceUri, '/v1/auditrecords/abc', CALL), succeeded({ status: 200, json: 'not a record' })).result;
    assert.deepEqual(unreadable, succeeded({ objectId: GDAP }));
  });

  it("reads the tenant's webhook registration with the REST headers, and what each answer means for this deployment", () => {
    const mine = 'https://bot.example/api/partnercenter/events';
    const ok = (json: unknown): ServiceAnswer => succeeded({ status: 200, json });
    const all = [...REGISTERED_EVENTS];
    const allBut = all.filter((e) => e !== 'test-created');
    const rows: [string, ServiceAnswer, unknown][] = [
      ['this bot, every event it needs', ok({ webhookUrl: `${mine}/`, webhookEvents: all }), { status: 'registered' }],
      [
        'another tool took it',
        ok({ WebhookUrl: 'https://other.example/hook', WebhookEvents: all }),
        { status: 'elsewhere', registeredUrl: 'https://other.example/hook' },
      ],
      ['an event missing', ok({ webhookUrl: mine, webhookEvents: allBut }), { status: 'missingEvents', missing: ['test-created'] }],
      ['no URL in the answer', ok({}), { status: 'notRegistered' }],
      ['none (404)', failed({ kind: 'notFound' }), { status: 'notRegistered' }],
      ['refused', failed({ kind: 'forbidden', missing: 'adminAgent' }), { status: 'unknown', reason: 'forbidden' }],
      ['out of reach', failed({ kind: 'unavailable', status: 503 }), { status: 'unknown', reason: 'unavailable' }],
    ];
    for (const [name, answer, expected] of rows) {
      const plan = webhookRegistrationPlan(mine, CALL);
      const read = oneCall<unknown>(plan, answer);
      assert.deepEqual(read.request, { method: 'GET', path: '/webhooks/v1/registration', headers: HEADERS }, name);
      assert.deepEqual(read.result, succeeded(expected), name);
    }
  });
});
