// Each action the advisor starts leaves an open item: a GDAP request sent, a transfer created, an
// invitation link handed out; a form or a review leaves none. The item names the owner (with their
// Entra object id in Teams), their language, the partner's tenant, the card, a group chat as
// shared, and the conversation reference to reach them, and holds no token. What the partner
// already saw on the card (Check status found the relationship active) counts as told.
import { strict as assert } from 'assert';
import { TestAdapter, TurnContext } from 'botbuilder';
import { ClaimsIdentity } from 'botframework-connector';
import { ActionRecord } from '../../src/conversation/actions/actionRecords';
import { CaseStore, ownerKeys } from '../../src/hosting/cases/caseStore';
import { OpenItems } from '../../src/hosting/cases/openItems';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import type { Turn } from '../../src/hosting/actions/actionTurn';
import { catalogFor } from '../../src/domain/textCatalog';
import { captureLogger } from '../support/inProcess';

const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const PARTNER_TENANT = '72f988bf-0000-4000-8000-00000000beec';
const CUSTOMER = { tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', companyName: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' };

function turnIn(
  conversation: Record<string, unknown>,
  from = { id: '29:owner', name: 'Alex Wilber', aadObjectId: 'aaaaaaaa-1111-4111-8111-000000000001' },
): Turn {
  const context = new TurnContext(new TestAdapter(), {
    type: 'invoke',
    id: 'act-1',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: from as never,
    recipient: { id: '28:bot', name: 'Advisor' } as never,
    conversation: { tenantId: PARTNER_TENANT, ...conversation } as never,
  });
  // As CloudAdapter keeps it for a turn whose Bot Framework channel token it verified (a registered bot in Teams).
  context.turnState.set(context.adapter.BotIdentityKey, new ClaimsIdentity([{ type: 'iss', value: 'https://api.botframework.com' }], true));
  return {
    context,
    store: {},
    c: catalogFor('pt-BR'),
    locale: 'pt-BR',
    surface: 'msteams',
    inPlace: true,
    user: { id: from.id, name: from.name },
    correlationId: 'c-1',
  };
}

const common = { owner: { id: '29:owner', name: 'Alex Wilber' }, row: 'G1' as const, at: T0 };

describe('Open items kept by the actions', () => {
  let store: CaseStore;
  let items: OpenItems;

  beforeEach(() => {
    store = new CaseStore({ storage: new InMemoryStateStorage() });
    items = new OpenItems({ store, logger: captureLogger('silent').logger, pollMs: 60_000, now: () => T0 });
  });

  it('a GDAP request sent leaves one item, waiting for the customer, reachable in its conversation', async () => {
    const turn = turnIn({ id: 'a:personal', conversationType: 'personal' });
    const done: ActionRecord = {
      ...common,
      kind: 'requestGdap',
      stage: 'done',
      customer: CUSTOMER,
      relationshipId: 'rel-1',
      approvalUrl: 'https://x',
      messageLocale: 'pt-BR',
    };
    items.kept(turn, 'card-1', done);
    items.kept(turn, 'card-1', done);
    await items.settled();
    const item = (await store.get('gdapApproval:rel-1'))!;
    assert.equal(item.status, 'waiting');
    assert.equal(item.locale, 'pt-BR');
    assert.equal(item.cardId, 'card-1');
    assert.equal(item.partnerTenantId, PARTNER_TENANT);
    assert.deepEqual(item.customer, { tenantId: CUSTOMER.tenantId, name: CUSTOMER.companyName, domain: CUSTOMER.domain });
    assert.deepEqual(item.owner, { id: '29:owner', name: 'Alex Wilber', aadObjectId: 'aaaaaaaa-1111-4111-8111-000000000001', tenantId: PARTNER_TENANT });
    assert.equal(item.shared, false);
    assert.equal((item.conversation.conversation as { id: string }).id, 'a:personal');
    assert.equal(item.conversation.serviceUrl, 'https://smba.trafficmanager.net/emea/');
    assert.equal(item.deadline, T0 + 90 * 86_400_000);
    const listed = await store.listFor(ownerKeys(item.owner, 'msteams'));
    assert.deepEqual(
      listed.map((i) => i.id),
      ['gdapApproval:rel-1'],
      'kept once',
    );
  });

  it('issue 63 (access followed to active): the GDAP item follows its access assignments, and is done only once every one is active', async () => {
    const turn = turnIn({ id: 'a:personal', conversationType: 'personal' });
    const granted = { customer: CUSTOMER, relationshipId: 'rel-2', approvalUrl: 'https://x', messageLocale: 'pt-BR' as const, roleIds: [] };
    const assigned = (statuses: string[]): ActionRecord => ({
      ...common,
      kind: 'requestGdap',
      stage: 'assigned',
      ...granted,
      assignments: statuses.map((status, i) => ({ id: `as-${i}`, groupId: `g-${i}`, groupName: `Group ${i}`, roleIds: [], status, createdAt: T0 })),
      checkedAt: T0,
    });
    items.kept(turn, 'card-2', { ...common, kind: 'requestGdap', stage: 'done', ...granted, status: 'active' });
    await items.settled();
    items.kept(turn, 'card-2', assigned(['pending', 'active']));
    await items.settled();
    const pending = (await store.get('gdapApproval:rel-2'))!;
    assert.equal(pending.status, 'approved');
    assert.equal(pending.access, 'pending', 'still to follow');
    items.kept(turn, 'card-2', assigned(['active', 'active']));
    await items.settled();
    assert.equal((await store.get('gdapApproval:rel-2'))!.access, 'active', 'done');
    assert.deepEqual((await store.get('gdapApproval:rel-2'))!.sent, ['approved'], 'no message sent for what the partner saw on the card');
  });

  it('a transfer created leaves a 30-day item; an invitation link one that names no customer yet; a group chat is shared', async () => {
    const group = turnIn({ id: '19:group@thread.v2', conversationType: 'groupChat', isGroup: true });
    items.kept(group, 'card-2', { ...common, kind: 'startTransfer', stage: 'done', customer: CUSTOMER, transferId: 'tr-1', status: 'Active' });
    items.kept(group, 'card-3', { ...common, kind: 'invitationLink', stage: 'done', url: 'https://invite', messageLocale: 'pt-BR' });
    await items.settled();
    const transfer = (await store.get('transfer:tr-1'))!;
    assert.equal(transfer.deadline, T0 + 30 * 86_400_000);
    assert.equal(transfer.shared, true);
    const invitation = (await store.get('resellerAcceptance:card-3'))!;
    assert.deepEqual(invitation.customer, { tenantId: '', name: '' });
  });

  it('a form, a review or a cancelled card leaves nothing', async () => {
    const turn = turnIn({ id: 'a:personal', conversationType: 'personal' });
    items.kept(turn, 'card-4', { ...common, kind: 'startTransfer', stage: 'form' });
    items.kept(turn, 'card-4', { ...common, kind: 'requestGdap', stage: 'cancelled' });
    await items.settled();
    assert.deepEqual(await store.listFor(ownerKeys({ id: '29:owner', aadObjectId: 'aaaaaaaa-1111-4111-8111-000000000001' }, 'msteams')), []);
  });

  it('what Check status already showed counts as told: no message is earned for it later', async () => {
    const turn = turnIn({ id: 'a:personal', conversationType: 'personal' });
    items.kept(turn, 'card-5', {
      ...common,
      kind: 'requestGdap',
      stage: 'done',
      customer: CUSTOMER,
      relationshipId: 'rel-5',
      approvalUrl: 'https://x',
      messageLocale: 'pt-BR',
      status: 'active',
    });
    await items.settled();
    const item = (await store.get('gdapApproval:rel-5'))!;
    assert.equal(item.status, 'approved');
  });

  it('holds no token: nothing of the turn but ids, names and the reference is kept', async () => {
    const turn = turnIn({ id: 'a:personal', conversationType: 'personal' });
    (turn.context.activity as { value?: unknown }).value = { authentication: { token: 'eyJ.secret.token' } };
    items.kept(turn, 'card-6', { ...common, kind: 'startTransfer', stage: 'done', customer: CUSTOMER, transferId: 'tr-6', status: 'Active' });
    await items.settled();
    assert.ok(!JSON.stringify(await store.get('transfer:tr-6')).includes('eyJ'));
  });
});
