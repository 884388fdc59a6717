// Security finding 3 (issue 60): Partner Center's reseller acceptance names a customer, never an
// invitation nor a partner tenant. It is acted on only when the customer is this partner's (read
// with the partner's own app: "Get a customer by ID"), and it closes only the invitations of this
// partner that name that customer (named on the invitation's card); anything else is recorded and
// nobody is told. An acceptance whose event was lost is found by polling the named customer.
// Finding 9: an older event applied after a newer one does not override it.
import { strict as assert } from 'assert';
import { Activity } from 'botbuilder';
import { itemId } from '../../src/domain/cases';
import { catalogFor, format } from '../../src/domain/textCatalog';
import type { PartnerCenterEvent } from '../../src/domain/partnerCenterEvents';
import { eventDelivery } from '../../src/hosting/cases/eventDelivery';
import { OpenItems } from '../../src/hosting/cases/openItems';
import type { DeliverEvent } from '../../src/hosting/cases/eventsRoute';
import { ActionWorld, CONNECTION } from '../support/actionWorld';
import { CardJson, cardOf, resultOf } from '../support/chat';
import { buttonData, g1Answers } from '../support/gdapResult';
import { ASKER, cardsOf, Harness, POLL_MS, standinAppTokens } from './support';

const PARTNER = '72f988bf-0000-4000-8000-00000000beec';
const OTHER_PARTNER = '0e5f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const FABRIKAM = {
  id: '2d7b3a6f-4c8e-4f32-8a5b-7e9d1c2f3b42',
  tenantId: '2d7b3a6f-4c8e-4f32-8a5b-7e9d1c2f3b42',
  domain: 'fabrikam.onmicrosoft.com',
  companyName: 'Fabrikam Inc',
};
const NOBODYS = '9b8a7c6d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
const en = catalogFor('en-US');

describe('Security finding 3: an acceptance goes only to the invitation of this partner naming that customer', () => {
  let world: ActionWorld;
  let h: Harness;
  let deliver: DeliverEvent;
  let contoso: string;

  beforeEach(async () => {
    world = await new ActionWorld().start();
    contoso = world.contoso.tenantId;
    world.partnerCenter.addCustomer(FABRIKAM);
  });
  afterEach(async () => {
    await h.follow.stop();
    await world.stop();
  });

  function start(options: ConstructorParameters<typeof Harness>[0] = {}): void {
    h = new Harness({ appTokens: standinAppTokens, endpoints: world.endpoints, ...options });
    deliver = eventDelivery({
      onChange: (change, source) => h.follow.followUps.onChange(change, source),
      logger: h.log.logger,
      tokens: standinAppTokens,
      endpoints: async () => world.endpoints,
      partnerTenantId: PARTNER,
    });
  }

  /** Partner Center's acceptance of a customer: it names the customer only (a Customer resource). */
  const accepted = (customerTenantId: string, minutes = 0): PartnerCenterEvent => ({
    name: 'reseller-relationship-accepted-by-customer',
    resourceUri: `https://api.partnercenter.microsoft.com/v1/customers/${customerTenantId}`,
    resourceName: 'Customer',
    changedAt: new Date(h.clock.now() + minutes * 60_000).toISOString(),
  });

  const invite = (cardId: string, customer: { tenantId?: string; domain?: string }, partnerTenantId = PARTNER) => {
    h.clock.advance(1000);
    return h.addItem('resellerAcceptance', cardId, {
      partnerTenantId,
      customer: { tenantId: customer.tenantId ?? '', name: '', ...(customer.domain ? { domain: customer.domain } : {}) },
    });
  };
  const statusOf = async (cardId: string) => (await h.store.get(itemId('resellerAcceptance', cardId)))?.status;

  it("finding 3, review 2.5 and 5.3: a foreign acceptance (this partner's customer, but nobody here invited them) changes nothing and messages nobody", async () => {
    start();
    await invite('cardunnamed', {});
    await invite('cardcontoso', { tenantId: contoso });
    assert.equal(await deliver(accepted(FABRIKAM.tenantId), 'event-1'), 'unknown');
    assert.deepEqual([await statusOf('cardunnamed'), await statusOf('cardcontoso')], ['waiting', 'waiting']);
    assert.equal(h.attempts, 0, 'nobody is messaged');
  });

  it("finding 3, review 5.3: an acceptance of a customer another partner's invitation names does not close it", async () => {
    start();
    await invite('cardother', { tenantId: FABRIKAM.tenantId }, OTHER_PARTNER);
    await invite('cardotherdomain', { domain: FABRIKAM.domain }, OTHER_PARTNER);
    assert.equal(await deliver(accepted(FABRIKAM.tenantId), 'event-1'), 'unknown');
    assert.deepEqual([await statusOf('cardother'), await statusOf('cardotherdomain')], ['waiting', 'waiting']);
    assert.equal(h.attempts, 0, 'nobody is messaged');
  });

  it("finding 3, review 5.3: an acceptance of a customer who is not this partner's (Partner Center: 404) changes nothing, even an invitation naming them", async () => {
    start();
    await invite('cardnobody', { tenantId: NOBODYS });
    assert.equal(await deliver(accepted(NOBODYS), 'event-1'), 'unknown');
    assert.equal(await statusOf('cardnobody'), 'waiting');
    assert.equal(h.attempts, 0, 'nobody is messaged');
    const read = world.partnerCenter.received.find((r) => r.path === `/v1/customers/${NOBODYS}`);
    assert.equal(read?.method, 'GET', "the customer was looked up among the partner's own");
    assert.equal(read?.headers['ms-contract-version'], 'v1');
  });

  it('finding 3, review 2.5 and 5.3: the invitation naming the customer who accepted is closed and told, not the oldest waiting one', async () => {
    start();
    await invite('cardunnamed', {});
    await invite('cardcontoso', { tenantId: contoso });
    await invite('cardfabrikam', { domain: FABRIKAM.domain });
    assert.equal(await deliver(accepted(FABRIKAM.tenantId), 'event-1'), 'delivered');
    assert.equal(await deliver(accepted(FABRIKAM.tenantId), 'event-1-again'), 'unknown', 'again: no invitation naming them still waits');
    assert.deepEqual([await statusOf('cardunnamed'), await statusOf('cardcontoso'), await statusOf('cardfabrikam')], ['waiting', 'waiting', 'accepted']);
    assert.equal(h.proactive.length, 1, 'told once');
    assert.ok(JSON.stringify(cardsOf(h.proactive)).includes(format(en.followUps.titles.accepted, { customer: FABRIKAM.companyName })));
  });

  it('finding 3, review 5.3: an acceptance whose event was lost is found by polling the customer the invitation names', async () => {
    start();
    await invite('cardunnamed', {});
    await invite('cardfabrikam', { domain: FABRIKAM.domain });
    world.partnerCenter.customers.splice(world.partnerCenter.customers.indexOf(world.partnerCenter.customers.find((c) => c.id === FABRIKAM.id)!), 1);
    h.clock.advance(POLL_MS);
    await h.follow.poller.tick();
    assert.equal(await statusOf('cardfabrikam'), 'waiting', 'not yet a customer: still waiting');
    world.partnerCenter.addCustomer(FABRIKAM);
    h.clock.advance(POLL_MS);
    await h.follow.poller.tick();
    assert.equal(await statusOf('cardfabrikam'), 'accepted');
    assert.equal(await statusOf('cardunnamed'), 'waiting');
    assert.equal(h.proactive.length, 1, 'told once');
    assert.ok(JSON.stringify(cardsOf(h.proactive)).includes(format(en.followUps.titles.accepted, { customer: FABRIKAM.companyName })));
  });

  it("finding 3, review 5.3: the invitation link's card asks which customer it is for; only once named does that customer's acceptance reach it", async () => {
    start({ actions: (cs) => world.actions(cs, { kept: (turn, cardId, record) => openItems.kept(turn, cardId, record) }) });
    const openItems = new OpenItems({
      store: h.store,
      logger: h.log.logger,
      pollMs: POLL_MS,
      now: h.clock.now,
      partnerTenantId: PARTNER,
    });
    await h.chat.say('start', { from: ASKER });
    let verdict: Partial<Activity> | undefined;
    for (const option of g1Answers()) {
      const clicked = await h.chat.executeAnswer(option, { from: ASKER });
      verdict = clicked.posted.find((a) => cardOf(a) && resultOf(cardOf(a)!).row) ?? verdict;
    }
    assert.equal(resultOf(cardOf(verdict!)!).row, 'G1');
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const started = await h.chat.execute({ action: 'partnerCenter', step: 'start', kind: 'invitationLink', row: 'G1' }, { verb: 'partnerCenter', from: ASKER });
    const card = started.posted.map(cardOf).find((c) => c !== undefined)!;
    assert.ok(JSON.stringify(card).includes(en.actions.steps.invitationName), 'the card says an invitation is followed only for a named customer');
    await openItems.settled();
    // Unnamed: Fabrikam's acceptance reaches nothing.
    assert.equal(await deliver(accepted(FABRIKAM.tenantId), 'event-1'), 'unknown');
    const execute = async (data: Record<string, unknown>): Promise<CardJson> =>
      (await h.chat.execute(data, { verb: 'partnerCenter', from: ASKER })).body.value as CardJson;
    const refused = await execute({ ...buttonData(card as CardJson, 'review'), customer: 'Fabrikam' });
    assert.ok(
      JSON.stringify(refused).includes(format(en.actions.problems.customerFormat, { example: 'contoso.onmicrosoft.com' })),
      'a company name is not a customer named',
    );
    const named = await execute({ ...buttonData(card as CardJson, 'review'), customer: FABRIKAM.domain.toUpperCase() });
    assert.ok(JSON.stringify(named).includes(en.actions.steps.invitationFollowed));
    await openItems.settled();
    assert.equal(await deliver(accepted(FABRIKAM.tenantId, 1), 'event-2'), 'delivered');
    assert.equal(h.proactive.length, 1, 'the inviter is told');
  });
});

describe('Security finding 9: an older event applied after a newer one does not override it', () => {
  it('finding 9: a termination that happened before the approval, delivered after it, tells nobody it was terminated', async () => {
    const h = new Harness();
    await h.addItem('gdapApproval', 'rel-9');
    const at = h.clock.now();
    assert.equal(
      await h.follow.followUps.onChange({ kind: 'gdapApproval', objectId: 'rel-9', change: 'approved', changedAt: at + 120_000 }, 'event'),
      'delivered',
    );
    await h.follow.followUps.onChange({ kind: 'gdapApproval', objectId: 'rel-9', change: 'terminated', changedAt: at + 60_000 }, 'event');
    assert.equal((await h.store.get(itemId('gdapApproval', 'rel-9')))?.status, 'approved');
    assert.equal(h.proactive.length, 1, 'the approval alone is told');
    await h.follow.stop();
  });
});
