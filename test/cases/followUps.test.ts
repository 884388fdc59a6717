// Follow the case on the real bot in a Teams-shaped chat: a GDAP request made through the actions
// against the stand-ins leaves an open item; the customer's approval, found by the poller without
// any event, brings exactly one message, in the owner's language, whose Assign access opens the
// card's own step. A change told three times, or to two instances sharing the storage, is told once;
// only one instance polls. Shapes: Microsoft Graph delegatedAdminRelationship (status active once
// approved), Teams proactive messages and mentions (a `mention` entity with `<at>name</at>` text).
import { strict as assert } from 'assert';
import { Activity } from 'botbuilder';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import { ActionWorld, CONNECTION } from '../support/actionWorld';
import { CardJson, cardOf, resultOf } from '../support/chat';
import { buttonData, g1Answers } from '../support/gdapResult';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { itemId } from '../../src/domain/cases';
import { OpenItems } from '../../src/hosting/cases/openItems';
import { ASKER, cardsOf, followUpButtons, Harness, OTHER, POLL_MS, standinAppTokens } from './support';

const en = catalogFor('en-US');
const HELPDESK_ADMIN = '729827e3-9c14-49f7-bb1b-9608f156bbb8';

describe('Follow the case: a GDAP approval found by the poller, against the stand-ins', () => {
  let world: ActionWorld;
  let h: Harness;
  let openItems: OpenItems;

  beforeEach(async () => {
    world = await new ActionWorld().start();
  });
  afterEach(async () => {
    await h.follow.stop();
    await world.stop();
  });

  /** The harness on the actions (their kept hook keeps the items), in `locale`. */
  function start(locale: string): void {
    h = new Harness({
      locale,
      appTokens: standinAppTokens,
      endpoints: world.endpoints,
      actions: (cs) => world.actions(cs, { kept: (turn, cardId, record) => openItems.kept(turn, cardId, record) }),
    });
    openItems = new OpenItems({ store: h.store, logger: h.log.logger, pollMs: POLL_MS, now: h.clock.now });
  }

  const execute = async (data: Record<string, unknown>, from = ASKER): Promise<CardJson> => {
    const result = await h.chat.execute(data, { verb: String(data.action), from });
    assert.equal(result.body.type, 'application/vnd.microsoft.card.adaptive', `a card, not ${JSON.stringify(result.body).slice(0, 200)}`);
    return result.body.value as CardJson;
  };

  /** G1 → Request GDAP → confirmed: the relationship waits for the customer. Its id. */
  async function requestGdap(): Promise<string> {
    await h.chat.say('start', { from: ASKER });
    let verdict: Partial<Activity> | undefined;
    for (const option of g1Answers()) {
      const clicked = await h.chat.executeAnswer(option, { from: ASKER });
      verdict = clicked.posted.find((a) => cardOf(a) && resultOf(cardOf(a)!).row) ?? verdict;
    }
    assert.equal(resultOf(cardOf(verdict!)!).row, 'G1');
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const started = await h.chat.execute(
      { action: 'partnerCenter', step: 'start', kind: 'requestGdap', row: 'G1', service: 'license' },
      { verb: 'partnerCenter', from: ASKER },
    );
    const form = started.posted.map(cardOf).find((c) => c !== undefined)!;
    const review = await execute({ ...buttonData(form, 'review'), customer: world.contoso.domain, roleSet: 'm365Support', duration: 'P730D' });
    await execute({ ...buttonData(review, 'confirm'), roles: HELPDESK_ADMIN });
    await openItems.settled();
    const post = world.partnerCenter.received.find((r) => r.endpoint === 'POST /tenantRelationships/delegatedAdminRelationships/{id}/requests');
    assert.ok(post, 'the relationship was locked for approval');
    return decodeURIComponent(post.path.split('/')[3]!);
  }

  it('finds the approval without any event: one message, in Portuguese, whose Assign access opens the assignments', async () => {
    start('pt-BR');
    const pt = catalogFor('pt-BR');
    const relationshipId = await requestGdap();
    const item = await h.store.get(itemId('gdapApproval', relationshipId));
    assert.equal(item?.status, 'waiting', 'the request left an open item');
    assert.equal(item?.locale, 'pt-BR');

    h.clock.advance(POLL_MS);
    assert.equal(await h.follow.poller.tick(), 1, 'polled once');
    assert.equal(h.proactive.length, 0, 'nothing to tell while the customer has not approved');

    assert.ok(world.partnerCenter.approve(relationshipId), 'the customer approves');
    h.clock.advance(POLL_MS);
    await h.follow.poller.tick();
    for (let i = 0; i < 3; i++) {
      h.clock.advance(POLL_MS);
      await h.follow.poller.tick();
      await h.follow.reminders.tick();
    }
    assert.equal(h.proactive.length, 1, 'exactly one follow-up');
    const [card] = cardsOf(h.proactive);
    const text = JSON.stringify(card);
    assert.ok(text.includes(format(pt.followUps.titles.approved, { customer: 'Contoso Ltd' })), `the approval, in Portuguese: ${text.slice(0, 300)}`);
    const buttons = followUpButtons(card!);
    assert.deepEqual(
      buttons.map((b) => b.step),
      ['assign'],
    );
    assert.deepEqual(Object.keys(buttons[0]!).sort(), ['action', 'item', 'step'], 'the click names the item and the step only');
    assert.equal((await h.store.get(item!.id))?.status, 'approved');

    // Someone else's click on it changes nothing and calls nothing.
    const foreign = await h.chat.execute(buttons[0]!, { verb: 'followUp', from: OTHER });
    assert.equal(foreign.body.value, format(pt.followUps.answers.notYours, { name: ASKER.name }));
    assert.equal(world.partnerCenter.calls('GET /groups'), 0, "a colleague's click lists no groups");

    const assign = await execute(buttons[0]!);
    assert.ok(JSON.stringify(assign).includes(pt.actions.titles.assignForm), 'the GDAP card’s own Assign access step');
    assert.equal(world.partnerCenter.calls('GET /groups'), 1);
  });
});

describe('Follow the case: once only', () => {
  let h: Harness;
  afterEach(() => h?.follow.stop());

  it('tells a change delivered three times once', async () => {
    h = new Harness();
    const item = await h.addItem('gdapApproval', 'rel-1');
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await h.follow.followUps.onChange({ kind: 'gdapApproval', objectId: 'rel-1', change: 'approved' }, 'event'));
    assert.deepEqual(results, ['delivered', 'delivered', 'delivered']);
    assert.equal(h.proactive.length, 1, 'one message');
    assert.deepEqual((await h.store.get(item.id))?.sent, ['approved']);
  });

  it('issue 63: a transfer request found cancelled (in Partner Center, by a colleague) is told once, with Start again; the item closes', async () => {
    h = new Harness();
    const item = await h.addItem('transfer', 'tr-1');
    for (let i = 0; i < 2; i++) await h.follow.followUps.onChange({ kind: 'transfer', objectId: 'tr-1', change: 'cancelled' }, 'poll');
    assert.equal(h.proactive.length, 1, 'one message');
    const card = JSON.stringify(cardsOf(h.proactive)[0]);
    assert.ok(card.includes(format(en.followUps.titles.transferCancelled, { customer: 'Contoso Ltd' })), card.slice(0, 300));
    assert.deepEqual(
      followUpButtons(cardsOf(h.proactive)[0]!).map((d) => d.step),
      ['startAgain'],
    );
    const after = await h.store.get(item.id);
    assert.equal(after?.status, 'cancelled');
    assert.deepEqual(after?.sent, ['cancelled']);
  });

  it('tells nothing for a change no item waits for', async () => {
    h = new Harness();
    assert.equal(await h.follow.followUps.onChange({ kind: 'transfer', objectId: 'nobody', change: 'completed' }, 'event'), 'unknown');
    assert.equal(h.attempts, 0);
  });

  it('two instances on one storage: a change sent to both at once is told once, and one instance polls', async () => {
    const storage = new InMemoryStateStorage();
    const a = new Harness({
      storage,
      instanceId: 'instance-a',
      appTokens: standinAppTokens,
      endpoints: { partnerCenter: 'http://127.0.0.1:9/pc', graph: 'http://127.0.0.1:9/graph' },
    });
    const b = new Harness({
      storage,
      instanceId: 'instance-b',
      clock: a.clock,
      appTokens: standinAppTokens,
      endpoints: { partnerCenter: 'http://127.0.0.1:9/pc', graph: 'http://127.0.0.1:9/graph' },
    });
    h = a;
    await a.addItem('transfer', 'tr-1');
    const change = { kind: 'transfer' as const, objectId: 'tr-1', change: 'completed' as const };
    await Promise.all([
      a.follow.followUps.onChange(change, 'event'),
      b.follow.followUps.onChange(change, 'event'),
      a.follow.followUps.onChange(change, 'event'),
    ]);
    assert.equal(a.proactive.length + b.proactive.length, 1, 'one message in all');

    await a.addItem('gdapApproval', 'rel-2');
    a.clock.advance(POLL_MS);
    const [readA, readB] = [await a.follow.poller.tick(), await b.follow.poller.tick()];
    assert.equal(readA, 1, 'the lease holder polls');
    assert.equal(readB, 0, 'the other does not');
    await b.follow.stop();
  });

  it('finds an accepted invitation, which has no object id, by its partner tenant and the customer it names, not the oldest', async () => {
    h = new Harness();
    await h.addItem('resellerAcceptance', 'cardunnamed', { partnerTenantId: 'tenant-a', customer: { tenantId: '', name: '' } });
    h.clock.advance(1000);
    await h.addItem('resellerAcceptance', 'cardnamed', {
      partnerTenantId: 'tenant-a',
      customer: { tenantId: '2d7b3a6f-4c8e-4f32-8a5b-7e9d1c2f3b42', name: '' },
    });
    const fabrikam = { tenantId: '2d7b3a6f-4c8e-4f32-8a5b-7e9d1c2f3b42', name: 'Fabrikam Inc' };
    assert.equal(
      await h.follow.followUps.onChange({ kind: 'resellerAcceptance', change: 'accepted', customer: fabrikam, partnerTenantId: 'TENANT-A' }, 'event'),
      'delivered',
    );
    const old = await h.store.get(itemId('resellerAcceptance', 'cardnamed'));
    assert.equal(old?.status, 'accepted');
    assert.deepEqual(old?.customer, fabrikam, 'the customer who accepted');
    assert.equal((await h.store.get(itemId('resellerAcceptance', 'cardunnamed')))?.status, 'waiting');
    const card = JSON.stringify(cardsOf(h.proactive));
    assert.ok(card.includes(format(catalogFor('en-US').followUps.titles.accepted, { customer: 'Fabrikam Inc' })));
    assert.deepEqual(
      followUpButtons(cardsOf(h.proactive)[0]!).map((b) => b.step),
      ['requestGdap'],
    );
  });
});
