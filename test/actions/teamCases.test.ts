// The team view and hand-over in the bot's channels (issue 63), on the real bot: only someone the
// server verified sees their tenant's open items (Teams' channel token; in Web Chat their Partner
// Center sign-in's token, verified), never another tenant's, and a Web Chat visitor who is not
// signed in is refused; a large partner's list comes a page at a time; a case is handed to a
// colleague of the tenant who used the advisor (their own chat), both are told, the new owner's
// My cases lists it and the old one's no longer does, once however often it is clicked; in a
// shared Teams chat the list shows for the asker only.
import { strict as assert } from 'assert';
import { Activity, MemoryStorage } from 'botbuilder';
import { ActionWorld, CONNECTION } from '../support/actionWorld';
import { buttonsOf, CardJson, Chat, cardOf, findElements, textsOf } from '../support/chat';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { NewItem, OpenItem, openItem } from '../../src/domain/cases';
import { CaseStore, ownerKeys } from '../../src/hosting/cases/caseStore';
import { conditional } from '../../src/hosting/state/stateStorage';
import { captureLogger } from '../support/inProcess';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER_TENANT = '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
const ALEX = { id: '29:alex', name: 'Alex Wilber', aadObjectId: '0b9c1a2e-3f4d-4e5f-8a6b-7c8d9e0f1a2b' };
const MEGAN = { id: '29:megan', name: 'Megan Bowen', aadObjectId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' };
const en = catalogFor('en-US');

function item(objectId: string, owner: typeof ALEX, fields: Partial<NewItem> = {}): NewItem {
  return {
    kind: 'transfer',
    objectId,
    teamTenantId: TENANT,
    customer: { tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', name: `Customer ${objectId}` },
    owner: { id: owner.id, name: owner.name, aadObjectId: owner.aadObjectId, tenantId: TENANT },
    locale: 'en-US',
    cardId: `card${objectId}`,
    conversation: { channelId: 'msteams', conversation: { id: `personal-${owner.id}` } },
    shared: false,
    ...fields,
  };
}

const cardIn = (replies: Partial<Activity>[]): CardJson => {
  const card = replies.map(cardOf).find((c) => c !== undefined);
  assert.ok(card, `a card: ${JSON.stringify(replies).slice(0, 300)}`);
  return card;
};
const listed = (card: CardJson): string[] =>
  findElements(card, (e) => typeof e.id === 'string' && e.id.startsWith('team-') && e.id.includes(':')).map((e) => e.id!.slice('team-'.length));
const teamButtons = (card: CardJson) => buttonsOf(card).filter((b) => b.data?.action === 'teamCases');

describe('issue 63: the team view and hand-over', () => {
  let world: ActionWorld;
  let storage: MemoryStorage;
  let store: CaseStore;
  let told: { item: OpenItem; text: string }[];
  const log = captureLogger('debug');

  beforeEach(async () => {
    world = await new ActionWorld().start();
    storage = new MemoryStorage();
    store = new CaseStore({ storage: conditional(storage), shards: 4 });
    told = [];
  });
  afterEach(() => world.stop());

  const keep = async (fields: NewItem, at = Date.now()): Promise<OpenItem> => {
    const kept = openItem(fields, at, 60_000);
    assert.ok(await store.add(kept, ownerKeys(fields.owner, String(fields.conversation.channelId))));
    return kept;
  };
  const chatFor = (
    userId: string,
    options: { channelId?: string; conversationType?: 'personal' | 'groupChat'; tenantId?: string; conversationId?: string } = {},
  ): Chat =>
    new Chat({
      storage,
      cases: store,
      actions: (cs) => world.actions(cs),
      userId,
      tenantId: options.tenantId ?? TENANT,
      conversationId: options.conversationId ?? `personal-${userId}`,
      ...(options.channelId ? { channelId: options.channelId } : {}),
      ...(options.conversationType ? { conversationType: options.conversationType } : {}),
      team: {
        verifySignIn: async (token) => world.tokenService.verifyIssued(token),
        tellOwner: async (i, text) => told.push({ item: i, text }),
        maxOpenPerUser: 3,
        logger: log.logger,
      },
    });

  it('lists the tenant’s open items to a verified colleague, a page at a time, each with its owner; nothing of another tenant', async () => {
    const now = Date.now();
    for (let i = 0; i < 12; i++) await keep(item(`t${String(i).padStart(2, '0')}`, ALEX), now - i * 1000);
    await keep(item('closed', ALEX), now + 5000).then((k) => store.update(k.id, (x) => ({ ...x, status: 'completed' })));
    await keep(item('foreign', ALEX, { teamTenantId: OTHER_TENANT }), now + 6000);
    const card = cardIn(await chatFor(MEGAN.id).say('team cases', { from: MEGAN }));
    assert.ok(textsOf(card).includes(en.teamCases.title));
    const first = listed(card);
    assert.equal(first.length, 10, 'a page of ten');
    assert.equal(first[0], 'transfer:t00', 'newest first, the closed and the foreign left out');
    assert.ok(textsOf(card).includes(format(en.teamCases.more, { shown: 10, total: 12 })));
    assert.ok(textsOf(card).includes(ALEX.name), 'each with its owner');
    const next = teamButtons(card).find((b) => b.title === en.teamCases.next)!;
    const page2 = await chatFor(MEGAN.id).execute(next.data, { verb: 'teamCases', from: MEGAN });
    assert.equal(page2.body.type, 'application/vnd.microsoft.card.adaptive', 'the next page in place of the card');
    assert.deepEqual(listed(page2.body.value as CardJson), ['transfer:t10', 'transfer:t11']);

    // Someone verified in another tenant sees none of these.
    const stranger = { id: '29:stranger', name: 'Sam Stranger', aadObjectId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a' };
    const theirs = cardIn(await chatFor(stranger.id, { tenantId: OTHER_TENANT }).say('team cases', { from: stranger }));
    assert.deepEqual(listed(theirs), ['transfer:foreign'], "only their own tenant's");
  });

  it('refuses a Web Chat visitor who is not signed in, and lists for one whose sign-in the server verified', async () => {
    await keep(item('t1', ALEX));
    const visitor = chatFor('dl_visitor', { channelId: 'webchat' });
    const refused = await visitor.say('team cases', { from: { id: 'dl_visitor', name: 'Visitor' } });
    assert.deepEqual(
      refused.map((a) => a.text),
      [format(en.teamCases.answers.unverified, { button: en.actions.signIn.button })],
    );
    assert.equal(refused.map(cardOf).filter(Boolean).length, 0, 'nothing of anyone’s');
    // A client's claim of an Entra id is no proof.
    const claimed = await visitor.say('team cases', { from: { id: 'dl_visitor', name: 'Visitor', aadObjectId: ALEX.aadObjectId } as never });
    assert.equal(claimed.map(cardOf).filter(Boolean).length, 0, 'from.aadObjectId in Web Chat proves nothing');

    world.tokenService.setName('dl_visitor', 'Visitor');
    world.tokenService.signInDirectly('dl_visitor', CONNECTION, 'webchat');
    const card = cardIn(await visitor.say('team cases', { from: { id: 'dl_visitor', name: 'Visitor' } }));
    // The stand-in token service names its own tenant: the visitor sees that tenant's items, not these.
    assert.deepEqual(listed(card), []);
    await keep(item('t2', ALEX, { teamTenantId: world.tokenService.tenantId }));
    assert.deepEqual(listed(cardIn(await visitor.say('team cases', { from: { id: 'dl_visitor', name: 'Visitor' } }))), ['transfer:t2']);
  });

  it("hands a case to a colleague once: their chat gets its follow-ups, both are told, the owners' lists move, one audit record", async () => {
    const kept = await keep(item('t1', ALEX));
    // Megan used the advisor in her own chat: she can be handed a case.
    await chatFor(MEGAN.id).say('team cases', { from: MEGAN });
    const alex = chatFor(ALEX.id);
    const list = cardIn(await alex.say('team cases', { from: ALEX }));
    const hand = teamButtons(list).find((b) => b.data?.step === 'pick')!;
    const picker = await alex.execute(hand.data, { verb: 'teamCases', from: ALEX });
    const pickCard = picker.body.value as CardJson;
    const choice = findElements(pickCard, (e) => e.id === 'to')[0] as unknown as { choices: { title: string; value: string }[] };
    assert.deepEqual(
      choice.choices.map((c) => c.title),
      [MEGAN.name],
      'Megan, not Alex himself',
    );
    const confirm = teamButtons(pickCard).find((b) => b.data?.step === 'handOver')!;
    const done = await alex.execute({ ...confirm.data, to: choice.choices[0]!.value }, { verb: 'teamCases', from: ALEX });
    assert.equal(done.body.value, format(en.teamCases.answers.handedOver, { name: MEGAN.name }));

    const after = (await store.get(kept.id))!;
    assert.deepEqual(after.owner, { id: MEGAN.id, name: MEGAN.name, aadObjectId: MEGAN.aadObjectId, tenantId: TENANT });
    assert.equal((after.conversation.conversation as { id: string }).id, `personal-${MEGAN.id}`, "its follow-ups go to Megan's chat");
    assert.deepEqual(
      told.map((t) => [(t.item.conversation.conversation as { id: string }).id, t.text]),
      [
        [`personal-${ALEX.id}`, format(en.teamCases.told.away, { actor: ALEX.name, case: `${en.myCases.kinds.transfer}: Customer t1`, name: MEGAN.name })],
        [
          `personal-${MEGAN.id}`,
          format(en.teamCases.told.to, { actor: ALEX.name, case: `${en.myCases.kinds.transfer}: Customer t1`, previous: ALEX.name, command: 'my cases' }),
        ],
      ],
    );
    const myCases = async (who: typeof ALEX) =>
      findElements(cardIn(await chatFor(who.id).say('my cases', { from: who })), (e) => typeof e.id === 'string' && e.id.startsWith('case-')).map((e) => e.id);
    assert.deepEqual(await myCases(MEGAN), [`case-${kept.id}`], "in Megan's My cases");
    assert.deepEqual(await myCases(ALEX), [], "no longer in Alex's");
    const audits = log.lines.filter((l) => (l as Record<string, unknown>).audit === true) as Record<string, unknown>[];
    assert.deepEqual(
      audits.map((a) => [a.action, a.outcome, a.resultId, a.who]),
      [['handOver', 'succeeded', kept.id, ALEX.id]],
    );

    // The same click again (a double click, Teams retrying): already hers, nobody told twice.
    const again = await alex.execute({ ...confirm.data, to: choice.choices[0]!.value }, { verb: 'teamCases', from: ALEX });
    assert.equal(again.body.value, format(en.teamCases.answers.already, { name: MEGAN.name }));
    assert.equal(told.length, 2);
  });

  it('never takes a colleague past their bound, and offers nobody not seen in the tenant', async () => {
    const kept = await keep(item('t1', ALEX));
    const alex = chatFor(ALEX.id);
    const nobody = await alex.execute({ action: 'teamCases', step: 'pick', item: kept.id, page: 0 }, { verb: 'teamCases', from: ALEX });
    assert.equal(nobody.body.value, en.teamCases.answers.nobody);
    await chatFor(MEGAN.id).say('team cases', { from: MEGAN });
    for (let i = 0; i < 3; i++) await keep(item(`m${i}`, MEGAN));
    const people = (await store.team.people(TENANT)).filter((p) => p.userId === MEGAN.id);
    const full = await alex.execute({ action: 'teamCases', step: 'handOver', item: kept.id, to: people[0]!.ref }, { verb: 'teamCases', from: ALEX });
    assert.equal(full.body.value, format(en.teamCases.answers.full, { name: MEGAN.name, limit: 3 }));
    const crafted = await alex.execute({ action: 'teamCases', step: 'handOver', item: kept.id, to: 'ffffffffffffffff' }, { verb: 'teamCases', from: ALEX });
    assert.equal(crafted.body.value, en.teamCases.answers.noSuchPerson);
    assert.equal((await store.get(kept.id))!.owner.id, ALEX.id, 'still Alex’s');
  });

  it('in a shared Teams chat the list shows for the asker only (a refresh only their client runs)', async () => {
    await keep(item('t1', ALEX, { conversation: { channelId: 'msteams', conversation: { id: 'group-1' } }, shared: true }));
    const group = chatFor(ALEX.id, { conversationType: 'groupChat', conversationId: 'group-1' });
    const posted = cardIn(await group.say('<at>Advisor</at> team cases', { from: ALEX }));
    assert.deepEqual(textsOf(posted), [en.teamCases.title, format(en.teamCases.privateList, { name: ALEX.name })]);
    const refresh = (posted as { refresh?: { userIds: string[]; action: { data: Record<string, unknown> } } }).refresh!;
    assert.deepEqual(refresh.userIds, [ALEX.id]);
    const mine = await group.execute(refresh.action.data, { verb: 'teamCases', from: ALEX });
    assert.deepEqual(listed(mine.body.value as CardJson), ['transfer:t1'], "this conversation's items");
    assert.ok(textsOf(mine.body.value as CardJson).includes(en.teamCases.titleHere));
  });
});
