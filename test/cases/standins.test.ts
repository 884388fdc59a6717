// The demonstration's side of following a case: the stand-in customer approves a GDAP request by
// itself and the stand-in current partner completes a transfer (each told through a hook the
// webhook demonstration can post an event from), and the poller's status reads, with the
// stand-ins' app token, find both. Shapes: Microsoft Graph delegatedAdminRelationship (status
// approvalPending, then active) and Partner Center's TransferEntity (status Active, then Complete).
import { strict as assert } from 'assert';
import { randomUUID } from 'crypto';
import {
  startStandins,
  Standins,
  SAMPLE_CUSTOMERS,
  SAMPLE_ENDING,
  DEMO_APPROVAL_MS,
  DEMO_TRANSFER_MS,
  DEMO_ACTIVATION_MS,
  DEMO_ENDS_IN_DAYS,
} from '../../tools/standins/demo';
import { ENDS_SOON_DAYS } from '../../src/domain/relationshipHealth';
import { openItem } from '../../src/domain/cases';
import { StatusReader } from '../../src/hosting/cases/statusReader';
import { gdapChange, transferChange } from '../../src/domain/partnerCenterStatus';
import { ASKER, POLL_MS, START } from './support';

describe('Follow the case: the stand-ins of the demonstration', () => {
  let s: Standins;
  beforeEach(async () => {
    s = await startStandins();
  });
  afterEach(() => s.stop());

  const item = (kind: 'gdapApproval' | 'transfer', objectId: string) =>
    openItem(
      {
        kind,
        objectId,
        customer: { tenantId: SAMPLE_CUSTOMERS[0]!.tenantId, name: SAMPLE_CUSTOMERS[0]!.companyName },
        owner: ASKER,
        locale: 'en-US',
        cardId: 'card0001',
        conversation: {},
        shared: false,
      },
      START,
      POLL_MS,
    );

  async function call(url: string, body: unknown, service: 'graph' | 'partnerCenter'): Promise<Record<string, unknown>> {
    const token = await s.appToken!(service);
    assert.ok(token, 'the stand-ins give the app a token');
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    if (service === 'partnerCenter') Object.assign(headers, { 'MS-Contract-Version': 'v1', 'MS-RequestId': randomUUID(), 'MS-CorrelationId': randomUUID() });
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    assert.ok(res.ok, `${res.status} ${await res.clone().text()}`);
    return (await res.json()) as Record<string, unknown>;
  }

  it('approves a GDAP request and completes a transfer by themselves, in seconds, telling their hooks; the status reads find both', async () => {
    assert.ok(DEMO_APPROVAL_MS <= 10_000 && DEMO_TRANSFER_MS <= 30_000, 'a newcomer waits seconds, not minutes');
    s.partnerCenter.approvalDelayMs = 0;
    s.partnerCenter.transferDelayMs = 0;
    const approved = new Promise<Record<string, unknown>>((resolve) => (s.partnerCenter.onApproved = resolve));
    const completed = new Promise<Record<string, unknown>>((resolve) => (s.partnerCenter.onTransferCompleted = resolve));
    const statusReader = new StatusReader({ token: (r) => s.appToken!(r) }, async () => ({ partnerCenter: s.partnerCenterUrl, graph: s.graphUrl }));
    // The relationship's end (relationshipHealth.ts) is left out here: the change is what this test is about.
    const reader = {
      read: async (...args: Parameters<StatusReader['read']>) => {
        const { end: _end, ...read } = (await statusReader.read(...args)) as Record<string, unknown>;
        return read;
      },
    };

    const relationships = `${s.graphUrl}/tenantRelationships/delegatedAdminRelationships`;
    const made = await call(
      relationships,
      { displayName: 'follow-up-test', duration: 'P730D', customer: { tenantId: SAMPLE_CUSTOMERS[0]!.tenantId } },
      'graph',
    );
    const id = String(made.id);
    assert.deepEqual(await reader.read(item('gdapApproval', id), randomUUID()), { unchanged: true }, 'created, not yet sent');
    await call(`${relationships}/${id}/requests`, { action: 'lockForApproval' }, 'graph');
    assert.equal((await approved).id, id, 'the hook names the relationship');
    // D8, D19: approved is not yet active; the read waits for active.
    assert.deepEqual(await reader.read(item('gdapApproval', id), randomUUID()), { unchanged: true }, 'approved, not yet active');
    s.partnerCenter.activationDelayMs = 0;
    assert.deepEqual(await reader.read(item('gdapApproval', id), randomUUID()), { change: 'approved' });

    const customer = SAMPLE_CUSTOMERS[0]!.id;
    const transfer = await call(`${s.partnerCenterUrl}/v1/customers/${customer}/transfers`, { transferType: 5, lineItems: [] }, 'partnerCenter');
    assert.equal((await completed).id, transfer.id);
    assert.deepEqual(await reader.read(item('transfer', String(transfer.id)), randomUUID()), { change: 'completed' });
  });

  it('D8, D19: an approved relationship is approved, then activating, then active, as Graph reports it', async () => {
    s.partnerCenter.approvalDelayMs = 0;
    let now = START;
    s.partnerCenter.activationClock = () => now;
    const approved = new Promise<Record<string, unknown>>((resolve) => (s.partnerCenter.onApproved = resolve));
    const relationships = `${s.graphUrl}/tenantRelationships/delegatedAdminRelationships`;
    const made = await call(
      relationships,
      { displayName: 'activation-test', duration: 'P730D', customer: { tenantId: SAMPLE_CUSTOMERS[0]!.tenantId } },
      'graph',
    );
    const id = String(made.id);
    await call(`${relationships}/${id}/requests`, { action: 'lockForApproval' }, 'graph');
    await approved;
    const token = await s.appToken!('graph');
    const status = async (): Promise<unknown> =>
      ((await (await fetch(`${relationships}/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { status?: unknown }).status;
    const seen = [await status()];
    now += DEMO_ACTIVATION_MS / 2;
    seen.push(await status());
    now += DEMO_ACTIVATION_MS / 2;
    seen.push(await status());
    assert.deepEqual(seen, ['approved', 'activating', 'active']);
    const active = (await (await fetch(`${relationships}/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { endDateTime?: string };
    assert.equal(active.endDateTime, new Date(START + DEMO_ACTIVATION_MS + 730 * 86_400_000).toISOString(), 'endDateTime: activation + duration');
    assert.ok(DEMO_ACTIVATION_MS > 0, 'the demonstration shows the lag');
  });

  it(`issue 63: ${SAMPLE_ENDING.companyName}'s relationship is active once approved and ends ${DEMO_ENDS_IN_DAYS} days later, auto-extend off: the read finds its end near`, async () => {
    s.partnerCenter.approvalDelayMs = 0;
    s.partnerCenter.activationClock = () => START;
    const approved = new Promise<Record<string, unknown>>((resolve) => (s.partnerCenter.onApproved = resolve));
    const relationships = `${s.graphUrl}/tenantRelationships/delegatedAdminRelationships`;
    const ending = { tenantId: SAMPLE_ENDING.tenantId, name: SAMPLE_ENDING.companyName };
    const made = await call(relationships, { displayName: 'ending-test', duration: 'P730D', customer: { tenantId: ending.tenantId } }, 'graph');
    await call(`${relationships}/${String(made.id)}/requests`, { action: 'lockForApproval' }, 'graph');
    assert.equal((await approved).status, 'active', 'active at once, with no activation lag');
    const reader = new StatusReader({ token: (r) => s.appToken!(r) }, async () => ({ partnerCenter: s.partnerCenterUrl, graph: s.graphUrl }));
    const read = await reader.read({ ...item('gdapApproval', String(made.id)), customer: ending }, randomUUID());
    assert.deepEqual(read, {
      change: 'approved',
      end: { endsAt: START + DEMO_ENDS_IN_DAYS * 86_400_000, autoExtends: false, globalAdministrator: false },
    });
    assert.ok(DEMO_ENDS_IN_DAYS < ENDS_SOON_DAYS, 'within the reminder before the end');
  });

  it('reads the statuses as the changes the model knows', () => {
    assert.equal(gdapChange('active'), 'approved');
    assert.equal(gdapChange('approvalPending'), undefined);
    assert.equal(gdapChange('terminated'), 'terminated');
    assert.equal(gdapChange('expired'), 'expired');
    assert.equal(transferChange('Complete'), 'completed');
    assert.equal(transferChange('Active'), undefined);
    assert.equal(transferChange('Expired'), 'expired');
  });
});
