// Security finding 5 (issue 60): My cases took `from.aadObjectId` from any channel, so a Web Chat or
// Direct Line activity claiming a partner's Entra object id listed and opened that partner's Teams
// items. An object id now counts only from Teams with a channel token the adapter verified, and
// names a person with its tenant: items are kept under `aad:<tenant>:<object id>`. Items kept
// before (under the object id alone) are still found for the verified person in their tenant.
import { strict as assert } from 'assert';
import { Activity, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import { ActionWorld } from '../support/actionWorld';
import { CardJson, Chat, cardOf, findElements } from '../support/chat';
import { catalogFor } from '../../src/domain/textCatalog';
import { NewItem, openItem } from '../../src/domain/cases';
import { CaseStore, legacyEntraKey, ownerKeys } from '../../src/hosting/cases/caseStore';
import { OpenItems } from '../../src/hosting/cases/openItems';
import { verifiedEntraUser } from '../../src/hosting/cases/owners';
import { conditional } from '../../src/hosting/state/stateStorage';
import { captureLogger } from '../support/inProcess';
import type { Turn } from '../../src/hosting/actions/actionTurn';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER_TENANT = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';
const ALICE = { id: '29:alice', name: 'Alice', aadObjectId: '0b9c1a2e-3f4d-4e5f-8a6b-7c8d9e0f1a2b' };
const en = catalogFor('en-US');
const NOT_YOURS = 'Only the person who started this case can open it. Type my cases to see your own cases.';

function aliceItem(objectId: string, owner: NewItem['owner'], partnerTenantId?: string): NewItem {
  return {
    kind: 'gdapApproval',
    objectId,
    ...(partnerTenantId ? { partnerTenantId } : {}),
    customer: { tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', name: 'Contoso Ltd' },
    owner,
    locale: 'en-US',
    cardId: `card${objectId}`,
    conversation: { channelId: 'msteams', conversation: { id: 'alice-chat' } },
    shared: false,
  };
}

const listed = (card: CardJson): string[] =>
  findElements(card, (e) => typeof e.id === 'string' && e.id.startsWith('case-')).map((e) => e.id!.slice('case-'.length));

function cardIn(replies: Partial<Activity>[]): CardJson {
  const card = replies.map(cardOf).find((c) => c !== undefined);
  assert.ok(card, `a card in ${JSON.stringify(replies).slice(0, 300)}`);
  return card;
}

describe('Security finding 5: My cases takes an Entra object id only from a channel that proves it', () => {
  let world: ActionWorld;
  let storage: MemoryStorage;
  let store: CaseStore;
  let current: string;
  let legacy: string;

  beforeEach(async () => {
    world = await new ActionWorld().start();
    storage = new MemoryStorage();
    store = new CaseStore({ storage: conditional(storage) });
    const now = Date.now();
    // One kept as items are now, one as they were kept before the tenant was part of the key.
    const fresh = openItem(aliceItem('rel-now', { id: ALICE.id, name: ALICE.name, aadObjectId: ALICE.aadObjectId, tenantId: TENANT }), now, 60_000);
    assert.ok(await store.add(fresh, ownerKeys(fresh.owner, 'msteams')));
    const old = openItem(aliceItem('rel-before', { id: ALICE.id, name: ALICE.name, aadObjectId: ALICE.aadObjectId }, TENANT), now - 1000, 60_000);
    assert.ok(await store.add(old, [`user:msteams:${ALICE.id}`, legacyEntraKey(ALICE.aadObjectId)]));
    [current, legacy] = [fresh.id, old.id];
  });
  afterEach(() => world.stop());

  const chat = (options: { channelId: string; userId: string; tenantId?: string; verifiedChannel?: boolean }): Chat =>
    new Chat({ storage, cases: store, actions: (cs) => world.actions(cs), conversationId: 'other-chat', ...options });

  for (const channelId of ['webchat', 'directline']) {
    it(`finding 5: a ${channelId} activity claiming Alice's object id sees none of her items and cannot open one`, async () => {
      const mallory = chat({ channelId, userId: 'dl_mallory' });
      const claim = { id: 'dl_mallory', name: 'Alice', aadObjectId: ALICE.aadObjectId };
      // Even naming Alice's tenant, as a client can in conversation and channelData.
      const forged = { conversation: { id: 'other-chat', tenantId: TENANT }, channelData: { tenant: { id: TENANT } } } as Partial<Activity>;
      assert.deepEqual(listed(cardIn(await mallory.say('my cases', { from: claim, ...forged }))), []);
      for (const id of [current, legacy]) {
        const opened = await mallory.turn({ type: 'message', value: { action: 'myCases', item: id }, from: claim, ...forged });
        assert.deepEqual(
          opened.map((a) => a.text),
          [NOT_YOURS],
          id,
        );
      }
    });
  }

  it('finding 5: in Teams, the same object id in another tenant sees none of the items', async () => {
    const elsewhere = chat({ channelId: 'msteams', userId: '29:someone-else', tenantId: OTHER_TENANT });
    const from = { id: '29:someone-else', name: 'Alice', aadObjectId: ALICE.aadObjectId };
    assert.deepEqual(listed(cardIn(await elsewhere.say('my cases', { from }))), []);
    const opened = await elsewhere.execute({ action: 'myCases', item: current }, { verb: 'myCases', from });
    assert.equal(opened.body.value, NOT_YOURS);
    assert.deepEqual(opened.posted, []);
  });

  it('finding 5: Teams without a verified channel token (no registration) is not taken at its word either', async () => {
    const local = chat({ channelId: 'msteams', userId: '29:someone-else', tenantId: TENANT, verifiedChannel: false });
    const from = { id: '29:someone-else', name: 'Alice', aadObjectId: ALICE.aadObjectId };
    assert.deepEqual(listed(cardIn(await local.say('my cases', { from }))), []);
  });

  it('finding 5: Teams with a registration (a verified channel token) still lists and opens her items, old and new, from any chat', async () => {
    const teams = chat({ channelId: 'msteams', userId: '29:alice-elsewhere', tenantId: TENANT });
    const from = { id: '29:alice-elsewhere', name: 'Alice', aadObjectId: ALICE.aadObjectId.toUpperCase() };
    assert.deepEqual(listed(cardIn(await teams.say('my cases', { from }))), [current, legacy]);
    const opened = await teams.execute({ action: 'myCases', item: legacy }, { verb: 'myCases', from });
    assert.equal(opened.body.value, en.actions.steps.opened);
  });

  it('finding 5: a new item from Web Chat never records an object id the client claimed', async () => {
    const items = new OpenItems({ store, logger: captureLogger('silent').logger, pollMs: 60_000 });
    const context = new TurnContext(new TestAdapter(), {
      type: 'message',
      channelId: 'webchat',
      serviceUrl: 'https://webchat.botframework.com/',
      from: { id: 'dl_mallory', name: 'Mallory', aadObjectId: ALICE.aadObjectId } as never,
      recipient: { id: 'bot', name: 'Advisor' } as never,
      conversation: { id: 'wc-1', tenantId: TENANT } as never,
    });
    // Even a turn the adapter authenticated: Web Chat's channel proves no Entra identity.
    context.turnState.set(context.adapter.BotIdentityKey, channelIdentity());
    const turn = {
      context,
      store: {},
      c: en,
      locale: 'en-US',
      surface: 'webchat',
      inPlace: false,
      user: { id: 'dl_mallory', name: 'Mallory' },
      correlationId: 'c',
    };
    const record = {
      owner: { id: 'dl_mallory', name: 'Mallory' },
      row: 'G1',
      at: Date.now(),
      kind: 'invitationLink',
      stage: 'done',
      url: 'https://x',
      messageLocale: 'en-US',
    };
    items.kept(turn as unknown as Turn, 'cardwc1', record as never);
    await items.settled();
    const kept = await store.get('resellerAcceptance:cardwc1');
    assert.deepEqual(kept?.owner, { id: 'dl_mallory', name: 'Mallory' });
  });

  it("finding 5: only a token the Bot Framework channel service issued proves Teams' identity", () => {
    const activity = {
      type: 'message',
      channelId: 'msteams',
      from: { id: '29:alice', aadObjectId: ALICE.aadObjectId },
      conversation: { id: 'c', tenantId: TENANT },
    } as Partial<Activity>;
    const withIdentity = (identity: ClaimsIdentity | undefined): ReturnType<typeof verifiedEntraUser> => {
      const context = new TurnContext(new TestAdapter(), activity);
      if (identity) context.turnState.set(context.adapter.BotIdentityKey, identity);
      return verifiedEntraUser(context);
    };
    assert.deepEqual(withIdentity(channelIdentity()), { tenantId: TENANT, objectId: ALICE.aadObjectId });
    assert.equal(withIdentity(undefined), undefined, 'no identity (a test adapter, no registration)');
    assert.equal(withIdentity(new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType)), undefined, 'anonymous (local mode)');
    // The local Direct Line's in-process identity next to a registration: authenticated, issued by nobody.
    const local = new ClaimsIdentity(
      [
        { type: AuthenticationConstants.AudienceClaim, value: 'app' },
        { type: AuthenticationConstants.AppIdClaim, value: 'app' },
      ],
      true,
    );
    assert.equal(withIdentity(local), undefined, 'the local bridge');
    const emulator = new ClaimsIdentity([{ type: 'iss', value: `https://sts.windows.net/${TENANT}/` }], true);
    assert.equal(withIdentity(emulator), undefined, 'a token Entra issued to some app (the Emulator path)');
  });
});

function channelIdentity(): ClaimsIdentity {
  return new ClaimsIdentity([{ type: AuthenticationConstants.IssuerClaim, value: AuthenticationConstants.ToBotFromChannelTokenIssuer }], true);
}
