// A follow-up over the local Direct Line with no registration (the embedded default of the
// demonstration): the invitation link handed out in Web Chat leaves an open item; when a customer
// accepts (the change as the webhook route hands it on), the follow-up arrives in that same
// conversation, in its language, and its Request GDAP, clicked as Web Chat submits it, opens a GDAP
// request card. A conversation that has ended marks its item unreachable. The loops' timer never
// fires here: the test runs what it needs.
import { strict as assert } from 'assert';
import { App, createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { cardIn, openDirectLine } from '../support/directLineChat';
import { buttonsOf, findElements, resultOf } from '../support/chat';
import { g1Sentence } from '../support/sampleOverlay';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { captureLogger } from '../support/inProcess';
import { startStandins } from '../../tools/standins/demo';
import { openItem } from '../../src/domain/cases';

const hu = catalogFor('hu-HU');
const USER = 'dl_follow_partner_00001';

describe('Follow the case over the local Direct Line (no registration)', function () {
  this.timeout(30_000);
  let app: App;
  let base: string;
  const log = captureLogger('info');

  before(async () => {
    app = createApp(loadConfig({ PORT: '0', PARTNER_ACTIONS_DEMO: 'true' }), {
      logger: log.logger,
      startStandins,
      followUps: { timer: () => () => undefined },
    });
    base = `http://127.0.0.1:${await app.listen()}`;
  });
  after(() => app?.close());

  it('brings "a customer accepted your reseller relationship" into the Web Chat conversation, and Request GDAP opens the card', async () => {
    const { say, until, signInWithCode } = await openDirectLine(base, USER, 'hu-HU');
    const cardOf = cardIn;
    await say({ text: g1Sentence('hu-HU') });
    const result = await until((a) => {
      const card = cardOf(a);
      return card && resultOf(card).row ? card : undefined;
    });
    const invite = buttonsOf(result).find((b) => b.data?.action === 'partnerCenter' && b.data?.kind === 'invitationLink');
    assert.ok(invite?.data, 'the result offers the invitation link');
    await say({ value: invite.data });
    await signInWithCode();
    const invitation = await until((a) => {
      const card = cardOf(a);
      return card && findElements(card, (e) => e.id === 'customer-message').length > 0 ? card : undefined;
    });
    // The partner names the customer the link is for: only that customer's acceptance is followed.
    const follow = buttonsOf(invitation).find((b) => b.data?.action === 'partnerCenter' && b.data?.step === 'review');
    await say({ value: { ...follow!.data, customer: 'fabrikam.onmicrosoft.com' } });
    await until((a) => {
      const card = cardOf(a);
      return card && JSON.stringify(card).includes(hu.actions.steps.invitationFollowed) ? card : undefined;
    });
    await app.cases.openItems.settled();

    const fabrikam = { tenantId: '2d7b3a6f-4c8e-4f32-8a5b-7e9d1c2f3b42', name: 'Fabrikam Inc', domain: 'fabrikam.onmicrosoft.com' };
    const delivered = await app.cases.follow.followUps.onChange({ kind: 'resellerAcceptance', change: 'accepted', customer: fabrikam }, 'event');
    assert.equal(delivered, 'delivered');
    const followUp = await until((a) => {
      const card = cardOf(a);
      return card && JSON.stringify(card).includes(format(hu.followUps.titles.accepted, { customer: 'Fabrikam Inc' })) ? card : undefined;
    });
    const requestGdap = buttonsOf(followUp).find((b) => b.data?.action === 'followUp');
    assert.equal(requestGdap?.title, hu.actions.names.requestGdap, 'Request GDAP, in Hungarian');
    assert.equal(
      await app.cases.follow.followUps.onChange({ kind: 'resellerAcceptance', change: 'accepted', customer: fabrikam }, 'event'),
      'unknown',
      'the same acceptance again finds no invitation still waiting',
    );

    await say({ value: requestGdap!.data });
    const form = await until((a) => {
      const card = cardOf(a);
      return card && findElements(card, (e) => e.id === 'customer').length > 0 ? card : undefined;
    });
    assert.equal((findElements(form, (e) => e.id === 'customer')[0] as unknown as { value?: string }).value, 'fabrikam.onmicrosoft.com');
  });

  it('marks an item whose local conversation has ended unreachable, and sends nothing', async () => {
    const reference = {
      channelId: 'directline',
      serviceUrl: `${base}/local-connector/`,
      conversation: { id: 'a-conversation-long-gone' },
      bot: { id: 'multichannel-advisor' },
      user: { id: USER },
    };
    const item = openItem(
      {
        kind: 'transfer',
        objectId: 'tr-gone',
        customer: { tenantId: '1c6a2f5e-3b7d-4e21-9f4a-6d8c0b1e2a31', name: 'Contoso Ltd' },
        owner: { id: USER },
        locale: 'hu-HU',
        cardId: 'card0001',
        conversation: reference,
        shared: false,
      },
      Date.now(),
      60_000,
    );
    await app.cases.store.add(item, []);
    await app.cases.follow.followUps.onChange({ kind: 'transfer', objectId: 'tr-gone', change: 'completed' }, 'event');
    assert.equal(typeof (await app.cases.store.get(item.id))?.unreachableAt, 'number');
  });
});
