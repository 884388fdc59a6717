// My cases in the bot's channels: the typed command in each language and the help card's button
// list the asker's own open items (newest first, nobody else's, also in a group chat), an empty
// list says how a case starts, and an item's Open button shows its action card to its owner only;
// an unknown or forged id gets a line. Items are put in the store as the actions' hook keeps them.
import { strict as assert } from 'assert';
import { Activity, MemoryStorage } from 'botbuilder';
import { ActionWorld } from '../support/actionWorld';
import { CardJson, Chat, buttonsOf, cardOf, findElements, textsOf } from '../support/chat';
import { catalogFor } from '../../src/domain/textCatalog';
import { LOCALES, LocaleTag } from '../../src/domain/locales';
import { CaseKind, NewItem, openItem } from '../../src/domain/cases';
import { CaseStore, ownerKeys } from '../../src/hosting/cases/caseStore';
import { conditional } from '../../src/hosting/state/stateStorage';
import { randomUUID } from 'crypto';
import { PartnerCenterClient } from '../../src/hosting/microsoftApis/partnerCenterClient';
import { standinAppTokens } from '../cases/support';
import { CONNECTION } from '../support/actionWorld';

const ASKER = { id: '29:asker', name: 'Alex Wilber', aadObjectId: '0b9c1a2e-3f4d-4e5f-8a6b-7c8d9e0f1a2b' };
const OTHER = { id: '29:colleague', name: 'Dana Rossi', aadObjectId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' };
/** The partners' tenant, where Teams verified who they are. */
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const DAY = 24 * 60 * 60 * 1000;
const en = catalogFor('en-US');

interface Owner {
  id: string;
  name: string;
  aadObjectId?: string;
}

function item(
  kind: CaseKind,
  objectId: string,
  owner: Owner,
  customer: string,
  conversationId = 'conversation-1',
  cardId = `card${objectId}`,
  channelId = 'msteams',
): NewItem {
  return {
    kind,
    objectId,
    // An invitation names no customer until one accepts.
    customer: customer ? { tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', name: customer, domain: 'contoso.onmicrosoft.com' } : { tenantId: '', name: '' },
    owner: { id: owner.id, name: owner.name, ...(owner.aadObjectId ? { aadObjectId: owner.aadObjectId, tenantId: TENANT } : {}) },
    locale: 'en-US',
    cardId,
    conversation: { channelId, conversation: { id: conversationId, name: conversationId === 'conversation-1' ? undefined : 'Contoso onboarding' } },
    shared: false,
  };
}

async function keep(store: CaseStore, fields: NewItem, at: number, channelId = 'msteams'): Promise<string> {
  const kept = openItem(fields, at, 60_000);
  assert.ok(await store.add(kept, ownerKeys(fields.owner, channelId)));
  return kept.id;
}

/** The card in the bot's replies. */
function cardIn(replies: Partial<Activity>[]): CardJson {
  const card = replies.map(cardOf).find((c) => c !== undefined);
  assert.ok(card, `a card in ${JSON.stringify(replies).slice(0, 300)}`);
  return card;
}

/** The listed items' ids, in the card's order. */
function listed(card: CardJson): string[] {
  return findElements(card, (e) => typeof e.id === 'string' && e.id.startsWith('case-')).map((e) => e.id!.slice('case-'.length));
}

/** The Open buttons of a list card (in an ActionSet per item). */
function openButtons(card: CardJson): { type: string; verb?: string; data: Record<string, unknown> }[] {
  return findElements(card, (e) => e.type === 'ActionSet').flatMap((e) => e.actions as { type: string; verb?: string; data: Record<string, unknown> }[]);
}

describe('My cases in Teams and Web Chat', () => {
  let world: ActionWorld;
  let storage: MemoryStorage;
  let store: CaseStore;
  const now = Date.now();

  beforeEach(async () => {
    world = await new ActionWorld().start();
    storage = new MemoryStorage();
    store = new CaseStore({ storage: conditional(storage) });
  });
  afterEach(() => world.stop());

  const chatFor = (options: { locale?: string; channelId?: string; conversationType?: 'personal' | 'groupChat'; userId?: string } = {}): Chat =>
    new Chat({ storage, cases: store, actions: (cs) => world.actions(cs), userId: ASKER.id, tenantId: TENANT, ...options });

  for (const locale of LOCALES) {
    it(`${locale}: the typed command lists the asker's items with customer, status, age, deadline and next step`, async () => {
      const c = catalogFor(locale as LocaleTag);
      await keep(store, item('gdapApproval', 'rel-1', ASKER, 'Contoso Ltd'), now - 3 * DAY);
      const chat = chatFor({ locale });
      const card = cardIn(await chat.say(c.myCases.command.phrases[0]!, { from: ASKER, locale }));
      const texts = textsOf(card);
      assert.ok(texts.includes(c.myCases.title), 'the title in the language of the chat');
      assert.ok(
        texts.some((t) => t.includes('Contoso Ltd')),
        'the customer',
      );
      assert.ok(texts.includes(c.myCases.statuses.waiting), 'the status');
      assert.ok(texts.includes(c.myCases.nextSteps.customerApproval), 'the next step');
      const age = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-3, 'day');
      assert.ok(texts.includes(age), `three days old: ${age}`);
      const deadline = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
        .format(new Date(now - 3 * DAY + 90 * DAY))
        .replace(/ /g, '\u00a0');
      assert.ok(texts.includes(deadline), `the deadline, 90 days after the request: ${deadline}`);
      assert.deepEqual(listed(card), ['gdapApproval:rel-1']);
    });
  }

  it('a command typed in another of the advisor languages works too, and other words still go to the advisor', async () => {
    await keep(store, item('transfer', 'tr-1', ASKER, 'Fabrikam'), now);
    const chat = chatFor({ locale: 'hu-HU' });
    assert.deepEqual(listed(cardIn(await chat.say('My cases!', { from: ASKER, locale: 'hu-HU' }))), ['transfer:tr-1']);
    const other = await chat.say('my cases please', { from: ASKER, locale: 'hu-HU' });
    assert.ok(!other.some((a) => cardOf(a) && listed(cardOf(a)!).length > 0), 'a longer sentence is no command');
  });

  it('lists newest first, at most ten, with a note on the rest', async () => {
    for (let i = 0; i < 12; i++) await keep(store, item('gdapApproval', `rel-${i}`, ASKER, `Customer ${i}`), now - (20 - i) * DAY);
    const card = cardIn(await chatFor().say('my cases', { from: ASKER }));
    assert.deepEqual(
      listed(card),
      [11, 10, 9, 8, 7, 6, 5, 4, 3, 2].map((i) => `gdapApproval:rel-${i}`),
    );
    assert.ok(textsOf(card).includes('Showing the 10 newest of your 12 cases.'));
  });

  it('an empty list says so and how a case starts', async () => {
    await keep(store, item('gdapApproval', 'rel-1', OTHER, 'Contoso Ltd'), now);
    const card = cardIn(await chatFor().say('my cases', { from: ASKER }));
    assert.deepEqual(listed(card), []);
    assert.ok(textsOf(card).includes(en.myCases.empty));
  });

  it("in a group chat each member sees their own items, not another member's, and the others see only that they asked", async () => {
    await keep(store, item('gdapApproval', 'rel-a', ASKER, 'Contoso Ltd', 'group-1'), now - DAY);
    await keep(store, item('transfer', 'tr-b', OTHER, 'Fabrikam', 'group-1'), now);
    const chat = chatFor({ conversationType: 'groupChat' });
    for (const [member, own, theirs] of [
      [ASKER, 'gdapApproval:rel-a', 'Fabrikam'],
      [OTHER, 'transfer:tr-b', 'Contoso Ltd'],
    ] as const) {
      // What the whole chat gets: a line, and a refresh only the asker's client runs (Teams' user-specific views).
      const posted = cardIn(await chat.say('<at>Advisor</at> my cases', { from: member }));
      assert.deepEqual(textsOf(posted), [en.myCases.title, `${member.name} asked for their cases: the list shows for them only.`]);
      const refresh = posted.refresh as { action: { verb: string; data: Record<string, unknown> }; userIds: string[] };
      assert.deepEqual(refresh.userIds, [member.id]);
      // The asker's client refreshes the card: their own list in place.
      const shown = await chat.execute(refresh.action.data, { verb: refresh.action.verb, trigger: 'automatic', from: member });
      assert.deepEqual(shown.posted, []);
      const list = shown.body.value as CardJson;
      assert.deepEqual(listed(list), [own]);
      assert.ok(!JSON.stringify(list).includes(theirs), "nothing of the other member's");
    }
    // The same refresh sent by someone else lists their own items, never the asker's.
    const crafted = await chat.execute({ action: 'myCases', view: 'mine' }, { verb: 'myCases', trigger: 'automatic', from: OTHER });
    assert.deepEqual(listed(crafted.body.value as CardJson), ['transfer:tr-b']);
  });

  it("in Teams an item made in another chat is listed by the owner's Entra object id", async () => {
    // Kept under another channel's user id (a chat where Teams named the owner otherwise): the object id is the same person.
    await keep(store, item('gdapApproval', 'rel-1', { ...ASKER, id: '29:elsewhere' }, 'Contoso Ltd'), now);
    const listedFor = async (from: Owner): Promise<string[]> => listed(cardIn(await chatFor().say('my cases', { from })));
    assert.deepEqual(await listedFor(ASKER), ['gdapApproval:rel-1']);
    assert.deepEqual(await listedFor({ id: ASKER.id, name: ASKER.name }), [], 'no object id, no match by it');
  });

  it('the help card offers My cases where the actions are on, and its button lists them (Universal Actions)', async () => {
    await keep(store, item('gdapApproval', 'rel-1', ASKER, 'Contoso Ltd'), now);
    const chat = chatFor();
    const help = cardIn(await chat.say('help', { from: ASKER }));
    const button = help.actions?.find((a) => a.data?.action === 'myCases');
    assert.ok(button, 'a My cases button');
    assert.equal(button.title, en.myCases.command.label);
    assert.equal((button as unknown as { verb: string }).verb, 'myCases');
    assert.ok(textsOf(help).includes(en.myCases.command.phrases[0]!), 'and the command among the commands');
    const clicked = await chat.execute(button.data, { verb: 'myCases', from: ASKER });
    assert.equal(clicked.body.value, en.myCases.listed);
    assert.deepEqual(listed(cardIn(clicked.posted)), ['gdapApproval:rel-1']);

    const without = cardIn(await new Chat({ userId: ASKER.id }).say('help', { from: ASKER }));
    assert.ok(!without.actions?.some((a) => a.data?.action === 'myCases'), 'no actions, no My cases');
  });

  it('Open shows the action card to its owner, in the conversation it started in', async () => {
    const cardId = 'cardrel1abcd';
    const record = {
      owner: { id: ASKER.id, name: ASKER.name },
      row: 'G1',
      at: now,
      kind: 'requestGdap',
      stage: 'done',
      customer: { companyName: 'Contoso Ltd', tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', domain: 'contoso.onmicrosoft.com' },
      relationshipId: 'rel-1',
      approvalUrl: 'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/rel-1',
      messageLocale: 'en-US',
    };
    // The card as the actions keep it, under ConversationState's key (its namespace is empty, hence the last slash).
    await storage.write({ 'msteams/conversations/conversation-1/': { partnerActions: { cards: { [cardId]: record } } } });
    const id = await keep(store, item('gdapApproval', 'rel-1', ASKER, 'Contoso Ltd', 'conversation-1', cardId), now);
    const chat = chatFor();
    const list = cardIn(await chat.say('my cases', { from: ASKER }));
    const [open] = openButtons(list);
    assert.deepEqual(open?.data, { action: 'myCases', item: id }, 'the click carries the item id only');
    assert.equal(open?.type, 'Action.Execute');

    const opened = await chat.execute(open.data, { verb: 'myCases', from: ASKER });
    assert.equal(opened.body.value, en.actions.steps.opened);
    const card = cardIn(opened.posted);
    assert.ok(textsOf(card).includes(en.actions.titles.gdapDone), `the GDAP card as it stands: ${JSON.stringify(textsOf(card))}`);
    assert.ok(JSON.stringify(card).includes(record.approvalUrl), 'with its approval link');

    // Anyone else, with the very same click: refused, nothing shown.
    const refused = await chat.execute(open.data, { verb: 'myCases', from: OTHER });
    assert.equal(refused.body.value, `Only the person who started this case can open it. Type my cases to see your own cases.`);
    assert.deepEqual(refused.posted, []);
  });

  it("issue 63: Cancel request on a waiting transfer opens its cancel confirmation from the item, even from another chat; confirmed, Partner Center cancels it once; another's click is refused", async () => {
    const client = new PartnerCenterClient({ baseUrl: world.endpoints.partnerCenter, tokens: { getToken: async (r) => (await standinAppTokens.token(r))! } });
    const made = await client.createTransfer(
      world.contoso.id,
      { customerTenantId: world.contoso.tenantId, sourcePartnerTenantId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', transferType: 5 },
      { correlationId: randomUUID(), requestId: randomUUID() },
    );
    assert.ok(made.ok);
    const id = await keep(store, item('transfer', made.value.id, ASKER, 'Contoso Ltd', 'group-9'), now);
    const chat = chatFor();
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const list = cardIn(await chat.say('my cases', { from: ASKER }));
    const cancel = openButtons(list).find((b) => b.data.step === 'cancelTransfer');
    assert.deepEqual(cancel?.data, { action: 'myCases', item: id, step: 'cancelTransfer' }, 'the item and the step only');

    const refused = await chat.execute(cancel.data, { verb: 'myCases', from: OTHER });
    assert.equal(refused.body.value, `Only the person who started this case can open it. Type my cases to see your own cases.`);
    assert.deepEqual(refused.posted, []);

    const opened = await chat.execute(cancel.data, { verb: 'myCases', from: ASKER });
    const confirm = cardIn(opened.posted);
    assert.ok(textsOf(confirm).includes(en.actions.titles.transferCancel), 'its cancel confirmation');
    assert.equal(world.partnerCenter.calls('PATCH /v1/customers/{customerId}/transfers/{transferId}'), 0, 'nothing sent yet');
    const confirmButton = buttonsOf(confirm).find((b) => b.data?.step === 'confirm');
    assert.ok(confirmButton, 'Cancel request');
    const done = await chat.execute(confirmButton.data, { verb: 'partnerCenter', from: ASKER });
    assert.equal(done.body.type, 'application/vnd.microsoft.card.adaptive');
    assert.ok(
      textsOf(done.body.value as CardJson)
        .join('\n')
        .includes(en.actions.transfer.cancelled),
    );
    assert.equal(world.partnerCenter.calls('PATCH /v1/customers/{customerId}/transfers/{transferId}'), 1);
    const after = await client.getTransfer(world.contoso.id, made.value.id, { correlationId: randomUUID() });
    assert.ok(after.ok && after.value.status === 'Canceled', 'Partner Center has it cancelled');
  });

  it("Open elsewhere shows the item's own card, naming the chat it started in", async () => {
    const id = await keep(store, item('transfer', 'tr-1', ASKER, 'Fabrikam', 'group-9'), now - 2 * DAY);
    const opened = await chatFor().execute({ action: 'myCases', item: id }, { verb: 'myCases', from: ASKER });
    const texts = textsOf(cardIn(opened.posted));
    assert.ok(texts.includes('Transfer request: Fabrikam'));
    assert.ok(texts.includes('This case started in Contoso onboarding: its card is there. This is where it stands.'));
    assert.ok(texts.includes(en.myCases.nextSteps.currentPartner));
  });

  it('an unknown or malformed id gets the stale line', async () => {
    const chat = chatFor();
    for (const data of [
      { action: 'myCases', item: 'gdapApproval:nothing-here' },
      { action: 'myCases', item: 'x'.repeat(400) },
      { action: 'myCases', item: 7 },
    ]) {
      const answered = await chat.execute(data, { verb: 'myCases', from: ASKER });
      assert.equal(answered.body.value, 'That case is no longer on your list: it closed a while ago. Type my cases to see your cases.');
      assert.deepEqual(answered.posted, []);
    }
  });

  it('in Web Chat: typed, listed with Action.Submit, opened by its owner, refused to another visitor', async () => {
    await keep(store, item('resellerAcceptance', 'inv-1', { id: 'dl_owner', name: 'Owner' }, '', 'conversation-1', 'cardinv1abcd', 'webchat'), now, 'webchat');
    const chat = chatFor({ channelId: 'webchat', userId: 'dl_owner' });
    const list = cardIn(await chat.say('my cases', { from: { id: 'dl_owner', name: 'Owner' } }));
    const texts = textsOf(list);
    assert.ok(texts.includes(en.myCases.anyCustomer), 'an invitation names no customer yet');
    assert.ok(texts.includes(en.myCases.fields.followedUntil), 'followed for its 90 days, not "Deadline: None"');
    const [open] = openButtons(list);
    assert.equal(open?.type, 'Action.Submit');
    const opened = await chat.turn({ type: 'message', value: open!.data, from: { id: 'dl_owner', name: 'Owner' } });
    assert.ok(textsOf(cardIn(opened)).includes('Reseller relationship invitation: Any customer who accepts'));
    const refused = await chat.turn({ type: 'message', value: open!.data, from: { id: 'dl_visitor', name: 'Visitor' } });
    assert.deepEqual(
      refused.map((a) => a.text),
      ['Only the person who started this case can open it. Type my cases to see your own cases.'],
    );
    assert.deepEqual(listed(cardIn(await chat.say('my cases', { from: { id: 'dl_visitor', name: 'Visitor' } }))), [], 'and lists none of it');
  });
});
