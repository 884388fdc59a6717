// Webhooks that coexist, against the demonstration's Partner Center stand-in: the registration API
// as Microsoft documents it (one registration per partner tenant; POST, then PUT; the events it
// offers; test events that need test-created), audit records, transfers that complete as
// "Completed", the approval event in Partner Center's ResourceUri shape, the bot's start-up check
// of the registration, and `npm run webhooks -- test --base-url <stand-in>` as docs/actions.md runs it.
import { strict as assert } from 'assert';
import { execFile } from 'child_process';
import { randomUUID } from 'crypto';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';
import { REGISTERED_EVENTS, readPartnerCenterEvent } from '../../src/domain/partnerCenterEvents';
import { readEventDetails } from '../../src/hosting/microsoftApis/auditRecords';
import { checkWebhookRegistration, logWebhookHealth } from '../../src/hosting/cases/webhookHealth';
import { StatusReader } from '../../src/hosting/cases/statusReader';
import { openItem } from '../../src/domain/cases';
import { startStandins, Standins, SAMPLE_CUSTOMERS } from '../../tools/standins/demo';
import { keptLogger } from './eventFixtures';
import { PROJECT_ROOT } from '../support/paths';

interface Receiver {
  url: string;
  bodies: string[];
  stop(): Promise<void>;
}

/** A callback that answers 200 and keeps what it was sent. */
async function receiver(): Promise<Receiver> {
  const bodies: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/partnercenter/events`,
    bodies,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe('Webhooks that coexist: the registration, the stand-in and the start-up check', () => {
  let s: Standins;
  let r: Receiver;
  beforeEach(async () => {
    s = await startStandins();
    r = await receiver();
  });
  afterEach(async () => {
    await s.stop();
    await r.stop();
  });

  async function pc(method: string, pathname: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> & unknown[] }> {
    const token = await s.appToken!('partnerCenter');
    const res = await fetch(`${s.partnerCenterUrl}${pathname}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'MS-Contract-Version': 'v1',
        'MS-RequestId': randomUUID(),
        'MS-CorrelationId': randomUUID(),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> & unknown[] };
  }

  it('D19: answers the registration, its events, test events and audit records as Partner Center documents them', async () => {
    assert.equal((await pc('GET', '/webhooks/v1/registration')).status, 404, 'none yet');
    assert.equal((await pc('POST', '/webhooks/v1/registration/validationEvents')).status, 400, 'a test event needs test-created registered');
    const created = await pc('POST', '/webhooks/v1/registration', { WebhookUrl: r.url, WebhookEvents: ['test-created'] });
    assert.equal(created.status, 200);
    assert.equal((await pc('POST', '/webhooks/v1/registration', { WebhookUrl: r.url, WebhookEvents: ['test-created'] })).status, 400, 'one per tenant: PUT');
    assert.equal((await pc('PUT', '/webhooks/v1/registration', { WebhookUrl: r.url, WebhookEvents: ['no-such-event'] })).status, 400);
    const offered = (await pc('GET', '/webhooks/v1/registration/events')).json as unknown as string[];
    for (const name of REGISTERED_EVENTS) assert.ok(offered.includes(name), name);
    const asked = await pc('POST', '/webhooks/v1/registration/validationEvents');
    const correlationId = String(asked.json.correlationId);
    assert.match(correlationId, /^[0-9a-f-]{36}$/);
    assert.equal((await pc('GET', `/webhooks/v1/registration/validationEvents/${randomUUID()}`)).status, 404);
    assert.equal((await pc('GET', '/auditactivity/v1/auditrecords/nothing-here')).status, 404);
  });

  it('D11: a transfer the current partner accepts reads "Completed", a documented TransferEntity status', async () => {
    s.partnerCenter.transferDelayMs = 60_000;
    const customer = SAMPLE_CUSTOMERS[0]!;
    const made = await pc('POST', `/v1/customers/${customer.id}/transfers`, { transferType: 5, targetPartnerTenantId: s.partnerCenter.partnerTenantId });
    assert.equal(made.json.status, 'Active');
    assert.ok(s.partnerCenter.completeTransfer(String(made.json.id)));
    assert.equal((await pc('GET', `/v1/customers/${customer.id}/transfers/${String(made.json.id)}`)).json.status, 'Completed');
  });

  it('D11: a transfer status the documentation does not name leaves the item unchanged, said once', async () => {
    const said: string[] = [];
    const reader = new StatusReader(
      { token: (res) => s.appToken!(res) },
      async () => ({ partnerCenter: s.partnerCenterUrl, graph: s.graphUrl }),
      15_000,
      (kind, status) => said.push(`${kind}:${status}`),
    );
    const customer = SAMPLE_CUSTOMERS[0]!;
    const item = openItem(
      {
        kind: 'transfer',
        objectId: randomUUID(),
        customer: { tenantId: customer.tenantId, name: customer.companyName },
        owner: { id: '29:owner' },
        locale: 'en-US',
        cardId: 'card0001',
        conversation: {},
        shared: false,
      },
      Date.now(),
      60_000,
    );
    const answer = (status: string) => ({
      status: 200,
      body: { id: item.objectId, status, customerTenantId: customer.tenantId, transferType: 5, attributes: { objectType: 'TransferEntity' } },
    });
    s.partnerCenter.answerNext(answer('OnHold'));
    assert.deepEqual(await reader.read(item, randomUUID()), { unchanged: true });
    s.partnerCenter.answerNext(answer('OnHold'));
    assert.deepEqual(await reader.read(item, randomUUID()), { unchanged: true });
    assert.deepEqual(said, ['transfer:OnHold'], 'said once');
    s.partnerCenter.answerNext(answer('Completed'));
    assert.deepEqual(await reader.read(item, randomUUID()), { change: 'completed' });
    s.partnerCenter.answerNext(answer('InProgress'));
    assert.deepEqual(await reader.read(item, randomUUID()), { unchanged: true });
    assert.equal(said.length, 1, 'a documented status is not an unknown one');
  });

  it('D5: the approval event names {baseURL}/granularAdminRelationships/{id} and an AuditUri whose record holds the relationship and customer', async () => {
    s.eventsTo = r.url;
    s.partnerCenter.approvalDelayMs = 0;
    const approved = new Promise<Record<string, unknown>>((resolve) => {
      const previous = s.partnerCenter.onApproved;
      s.partnerCenter.onApproved = (rel) => {
        previous?.(rel);
        resolve(rel);
      };
    });
    const graphToken = await s.appToken!('graph');
    const headers = { authorization: `Bearer ${graphToken}`, 'content-type': 'application/json' };
    const base = `${s.graphUrl}/tenantRelationships/delegatedAdminRelationships`;
    const customer = SAMPLE_CUSTOMERS[0]!;
    const made = (await (
      await fetch(base, {
        method: 'POST',
        headers,
        body: JSON.stringify({ displayName: 'd5', duration: 'P730D', customer: { tenantId: customer.tenantId, displayName: customer.companyName } }),
      })
    ).json()) as { id: string };
    await fetch(`${base}/${made.id}/requests`, { method: 'POST', headers, body: JSON.stringify({ action: 'lockForApproval' }) });
    const relationship = await approved;
    for (let i = 0; i < 100 && r.bodies.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    const event = readPartnerCenterEvent(JSON.parse(r.bodies[0]!))!;
    assert.equal(event.resourceUri, `${s.partnerCenterUrl}/granularAdminRelationships/${String(relationship.id)}`);
    assert.match(event.auditUri ?? '', /\/auditactivity\/v1\/auditrecords\/[0-9a-f-]{36}$/);
    const details = await readEventDetails(event, { tokens: { token: (res) => s.appToken!(res) }, baseUrl: s.partnerCenterUrl });
    assert.equal(details.objectId, String(relationship.id).toLowerCase());
    assert.equal(details.customerTenantId, customer.tenantId);
  });

  it('D18: the start-up check warns when the registration points elsewhere, lacks events or is missing, and is quiet when it is this bot', async () => {
    const tokens = { token: (res: 'partnerCenter' | 'graph') => s.appToken!(res) };
    const check = () => checkWebhookRegistration({ tokens, baseUrl: s.partnerCenterUrl, callbackUrl: r.url });
    assert.deepEqual(await check(), { status: 'notRegistered' });
    s.partnerCenter.registration = { webhookUrl: 'https://cipp.example/api/PublicWebhooks', webhookEvents: ['azure-fraud-event-detected'] };
    const elsewhere = await check();
    assert.deepEqual(elsewhere, { status: 'elsewhere', registeredUrl: 'https://cipp.example/api/PublicWebhooks' });
    const { logger, lines } = keptLogger();
    logWebhookHealth(logger, elsewhere, r.url);
    assert.equal(lines.at(-1)?.level, 40, 'a warning');
    assert.match(String(lines.at(-1)?.msg), /another URL/);
    s.partnerCenter.registration = { webhookUrl: r.url, webhookEvents: ['test-created'] };
    assert.equal((await check()).status, 'missingEvents');
    s.partnerCenter.registration = { webhookUrl: r.url, webhookEvents: [...REGISTERED_EVENTS] };
    assert.deepEqual(await check(), { status: 'registered' });
    const failing = await checkWebhookRegistration({ tokens: { token: async () => undefined }, baseUrl: s.partnerCenterUrl, callbackUrl: r.url });
    assert.equal(failing.status, 'unknown', 'a failed read is never fatal');
  });

  it('D19: `npm run webhooks -- test --base-url <stand-in>` signs in to the stand-in, and the test event reaches the registered callback', async function () {
    this.timeout(60_000);
    s.partnerCenter.registration = { webhookUrl: r.url, webhookEvents: ['test-created'] };
    const script = path.join(PROJECT_ROOT, 'dist', 'scripts', 'partner-center-webhooks.js');
    const run = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(process.execPath, [script, 'test', '--base-url', s.partnerCenterUrl], { timeout: 50_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` }),
      );
    });
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, /"status": "completed"/);
    assert.equal(readPartnerCenterEvent(JSON.parse(r.bodies[0]!))?.name, 'test-created');
  });
});
