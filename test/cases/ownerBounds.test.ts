// Security finding 4 (issue 60): one person cannot bury everyone's open items. A person at their
// bound of open items is refused the next action with a line saying so, before Partner Center is
// called; another person's open GDAP request outlives a flood of conversations past the memory
// store's budget, and the approval then still reaches its owner; an item the store cannot take is
// said so to its owner; and a shard takes the number of items the docs state, in the memory store
// that counts two bytes a character.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { TestAdapter, TurnContext } from 'botbuilder';
import { InMemoryStateStorage, StateStoreFullError } from '../../src/hosting/state/memoryStorage';
import { conditional } from '../../src/hosting/state/stateStorage';
import { CaseStore, NotFollowedError, ownerKeys } from '../../src/hosting/cases/caseStore';
import { OpenItems } from '../../src/hosting/cases/openItems';
import { openItem } from '../../src/domain/cases';
import { catalogFor, format } from '../../src/domain/textCatalog';
import type { ActionRecord } from '../../src/conversation/actions/actionRecords';
import type { Turn } from '../../src/hosting/actions/actionTurn';
import { ActionWorld, CONNECTION } from '../support/actionWorld';
import { cardOf } from '../support/chat';
import { buttonData, g1Answers } from '../support/gdapResult';
import { captureLogger } from '../support/inProcess';
import * as path from 'path';
import { PROJECT_ROOT } from '../support/paths';
import { ASKER, Harness, OTHER, POLL_MS } from './support';

const CUSTOMER = { tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', companyName: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' };

describe('Security finding 4: one person cannot bury everyone else’s open items', function () {
  this.timeout(60_000);

  describe('the per-person bound, against the stand-ins', () => {
    let world: ActionWorld;
    let h: Harness;
    let openItems: OpenItems;

    beforeEach(async () => {
      world = await new ActionWorld().start();
      h = new Harness({
        locale: 'hu-HU',
        actions: (cs) =>
          world.actions(cs, { kept: (turn, cardId, record) => openItems.kept(turn, cardId, record), openItemsFull: (turn) => openItems.full(turn) }),
      });
      openItems = new OpenItems({ store: h.store, logger: h.log.logger, pollMs: POLL_MS, now: h.clock.now, maxOpenPerOwner: 2 });
    });
    afterEach(async () => {
      await h.follow.stop();
      await world.stop();
    });

    /** Partner Center's and Graph's requests the stand-ins answered, the sign-in's token requests aside. */
    const calls = (): string[] => world.partnerCenter.received.map((r) => r.endpoint);
    const startGdap = () =>
      h.chat.execute({ action: 'partnerCenter', step: 'start', kind: 'requestGdap', row: 'G1', service: 'license' }, { verb: 'partnerCenter', from: ASKER });

    it('finding 4: a user at the limit is refused with the message, in their language, and no Partner Center call', async () => {
      const hu = catalogFor('hu-HU');
      const refusal = format(hu.actions.problems.tooManyOpen, { limit: 2 });
      await h.chat.say('start', { from: ASKER });
      for (const option of g1Answers()) await h.chat.executeAnswer(option, { from: ASKER });
      world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
      await h.addItem('gdapApproval', 'rel-open-1');

      // Below the bound: the form opens and the customer is looked up.
      const started = await startGdap();
      const form = started.posted.map(cardOf).find((c) => c !== undefined);
      assert.ok(form, 'one open item of two: the GDAP form opens');
      const reviewed = await h.chat.execute(
        { ...buttonData(form, 'review'), customer: world.contoso.domain, roleSet: 'm365Support', duration: 'P730D' },
        { verb: 'partnerCenter', from: ASKER },
      );
      const review = reviewed.body.value as Parameters<typeof buttonData>[0];

      // Now at the bound (another request of theirs is open): the confirmation is refused before Graph is called.
      await h.addItem('transfer', 'transfer-open-2');
      const before = calls().length;
      const confirmed = await h.chat.execute(
        { ...buttonData(review, 'confirm'), roles: ['729827e3-9c14-49f7-bb1b-9608f156bbb8'] },
        { verb: 'partnerCenter', from: ASKER },
      );
      assert.equal(confirmed.body.value, refusal, JSON.stringify(confirmed.body).slice(0, 300));
      assert.ok(!calls().some((c) => c.startsWith('POST /tenantRelationships')), 'no relationship was created');
      // A new action is refused at its first click, before the invitation link or anything else is asked for.
      const again = await startGdap();
      assert.equal(again.body.value, refusal);
      const link = await h.chat.execute(
        { action: 'partnerCenter', step: 'start', kind: 'invitationLink', row: 'G1', service: 'license' },
        { verb: 'partnerCenter', from: ASKER },
      );
      assert.equal(link.body.value, refusal);
      assert.deepEqual(calls().slice(before), [], 'Partner Center and Graph were not called');
      await openItems.settled();
      assert.equal((await h.store.listFor([`user:msteams:${ASKER.id}`])).length, 2, 'no third item');

      // Someone else in the chat is below their own bound.
      const theirs = await h.chat.execute(
        { action: 'partnerCenter', step: 'start', kind: 'requestGdap', row: 'G1', service: 'license' },
        { verb: 'partnerCenter', from: OTHER },
      );
      assert.notEqual(theirs.body.value, refusal, 'the bound is per person');
    });
  });

  it("finding 4: another user's open items survive a flood of one user's conversations that exceed the memory budget", async () => {
    // The memory store as createStorage makes it: conversations and open items on one budget of 1 MB.
    const storage = new InMemoryStateStorage(new Map(), { maxEntries: 20_000, idleMs: 24 * 60 * 60_000, maxBytes: 1024 * 1024, maxEntryBytes: 256 * 1024 });
    const h = new Harness({ storage });
    try {
      const item = await h.addItem('gdapApproval', 'rel-of-alex');
      // One user's 200 conversations of 10,000 characters: 4 MB as the store counts them.
      for (let n = 0; n < 200; n++) await storage.write({ [`msteams/conversations/flood-${n}/`]: { flood: 'x'.repeat(10_000) } });
      assert.ok(storage.evicted > 0, 'the flood went past the budget: conversations were forgotten');
      const told = await h.follow.followUps.onChange({ kind: 'gdapApproval', objectId: 'rel-of-alex', change: 'approved' }, 'event');
      assert.equal(told, 'delivered', 'the approval found the open request');
      assert.equal(h.proactive.length, 1, 'and its owner was told');
      assert.equal((await h.store.get(item.id))?.status, 'approved');
    } finally {
      await h.follow.stop();
    }
  });

  it('finding 4: open items beyond their own budget are refused, never pushing another item out', async () => {
    const storage = new InMemoryStateStorage(new Map(), { maxEntries: 100, idleMs: Infinity, maxBytes: 100_000 });
    await storage.write('cases/item/first', JSON.stringify({ n: 'x'.repeat(20_000) }), { createOnly: true });
    await assert.rejects(storage.write('cases/item/second', JSON.stringify({ n: 'y'.repeat(40_000) }), { createOnly: true }), StateStoreFullError);
    assert.ok(await storage.readItem('cases/item/first'), 'the first item is kept');
    assert.equal(await storage.readItem('cases/item/second'), undefined);
  });

  it("finding 4: an item that can't be followed tells its owner, in their language, and is not listed", async () => {
    const h = new Harness({ locale: 'pt-BR' });
    try {
      // A one-item schedule, taken by someone else's request.
      const store = new CaseStore({ storage: conditional(h.storage), shards: 1, shardLimit: 1 });
      const theirs = openItem(
        {
          kind: 'transfer',
          objectId: 't-1',
          customer: { tenantId: CUSTOMER.tenantId, name: 'Contoso' },
          owner: OTHER,
          locale: 'en-US',
          cardId: 'c0',
          conversation: {},
          shared: false,
        },
        h.clock.now(),
        POLL_MS,
      );
      await store.add(theirs, ownerKeys(OTHER, 'msteams'));
      const openItems = new OpenItems({
        store,
        logger: captureLogger('silent').logger,
        pollMs: POLL_MS,
        now: h.clock.now,
        tell: (item, text) => h.follow.messenger.notice(item, text),
      });
      const reference = h.reference();
      const context = new TurnContext(new TestAdapter(), {
        ...reference,
        type: 'invoke',
        id: 'act-1',
        from: reference.user,
        recipient: reference.bot,
      } as never);
      const turn = {
        context,
        store: {},
        c: catalogFor('pt-BR'),
        locale: 'pt-BR',
        surface: 'msteams',
        inPlace: true,
        user: ASKER,
        correlationId: 'c-1',
      } as Turn;
      const done: ActionRecord = {
        owner: ASKER,
        row: 'G1',
        at: h.clock.now(),
        kind: 'requestGdap',
        stage: 'done',
        customer: CUSTOMER,
        relationshipId: 'rel-unfollowed',
        approvalUrl: 'https://x',
        messageLocale: 'pt-BR',
      };
      openItems.kept(turn, 'card-1', done);
      await openItems.settled();
      assert.deepEqual(
        h.proactive.map((a) => a.text),
        [catalogFor('pt-BR').followUps.notFollowed],
        'the owner is told in their conversation',
      );
      assert.deepEqual(await store.listFor(ownerKeys(ASKER, 'msteams')), [], 'nothing is listed that nothing follows');
      assert.ok(await store.get(theirs.id), "the other person's item stays");
    } finally {
      await h.follow.stop();
    }
  });

  it('finding 4: a shard takes as many items as the docs say in the memory store, and refuses the next one', async () => {
    const docs = readFileSync(path.join(PROJECT_ROOT, 'docs/actions.md'), 'utf8');
    const stated = /a shard keeps ([\d,]+) items at most/.exec(docs);
    assert.ok(stated, 'the docs state a shard’s capacity');
    const capacity = Number(stated[1]!.replace(/,/g, ''));
    // The state store as it runs by default: 256 KB an entry, two bytes a character.
    const store = new CaseStore({
      storage: conditional(new InMemoryStateStorage(new Map(), { maxEntries: 20_000, idleMs: Infinity, maxEntryBytes: 256 * 1024 })),
      shards: 1,
    });
    const item = (n: number) =>
      openItem(
        {
          kind: 'gdapApproval',
          // Graph's relationship ids: a GUID, or two joined.
          objectId: `${n.toString(16).padStart(8, '0')}-1111-4111-8111-000000000001-2222-4222-8222-000000000002`,
          customer: { tenantId: CUSTOMER.tenantId, name: 'Contoso' },
          owner: { id: `29:owner-${n % 40}` },
          locale: 'en-US',
          cardId: `card-${n}`,
          conversation: {},
          shared: false,
        },
        Date.UTC(2026, 10, 24) + n,
        POLL_MS,
      );
    for (let n = 0; n < capacity; n++) await store.add(item(n), [`user:msteams:29:owner-${n % 40}`]);
    assert.equal((await store.scheduled(0)).length, capacity, 'every one is followed');
    await assert.rejects(store.add(item(capacity), ['user:msteams:29:owner-0']), NotFollowedError);
    assert.equal((await store.scheduled(0)).length, capacity, 'none dropped for it');
  });
});
