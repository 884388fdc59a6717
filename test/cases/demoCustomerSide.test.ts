// Moving an invitation forward in the demonstration: the customer's side page (its address printed
// at start) accepts a reseller relationship invitation for the customer the partner followed on the
// invitation link's card, the stand-in posts Partner Center's signed event, and the chat gets
// "… accepted your reseller relationship" with Request GDAP. The page refuses what is not a domain
// or a tenant ID, and posts from another origin; a customer already the partner's accepts nothing.
// The stand-in's invitation link is the documented shape without delegated admin privileges.
import { strict as assert } from 'assert';
import { randomUUID } from 'crypto';
import { App, createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { cardIn, openDirectLine } from '../support/directLineChat';
import { buttonsOf, findElements, resultOf } from '../support/chat';
import { g1Sentence } from '../support/sampleOverlay';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { captureLogger } from '../support/inProcess';
import { DEMO_ENDS_IN_DAYS, SAMPLE_CUSTOMERS, SAMPLE_ENDING, Standins, startStandins } from '../../tools/standins/demo';
import { demoEventTrust } from '../../tools/standins/eventSigning';

const en = catalogFor('en-US');

async function accept(standins: Standins, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${standins.customerSideUrl}/accept`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body,
    redirect: 'manual',
  });
}

describe("The demonstration's customer side: an invitation moved forward", function () {
  this.timeout(60_000);
  let standins: Standins;
  let app: App;
  let base: string;

  before(async () => {
    standins = await startStandins();
    app = createApp(loadConfig({ PORT: '0', PARTNER_ACTIONS_DEMO: 'true' }), {
      logger: captureLogger('info').logger,
      standins,
      eventTrust: demoEventTrust(),
    });
    base = `http://127.0.0.1:${await app.listen()}`;
    standins.eventsTo = `${base}/api/partnercenter/events`;
  });
  after(async () => {
    await app?.close();
    await standins?.stop();
  });

  it('accepts for the customer followed on the card: the signed event reaches the bot and the chat is told, with Request GDAP', async () => {
    const { say, until, signInWithCode } = await openDirectLine(base, 'dl_customer_side_partner_01', 'en-US');
    await say({ text: g1Sentence('en-US') });
    const result = await until((a) => {
      const card = cardIn(a);
      return card && resultOf(card).row ? card : undefined;
    });
    await say({ value: buttonsOf(result).find((b) => b.data?.kind === 'invitationLink')!.data });
    await signInWithCode();
    const invitation = await until((a) => {
      const card = cardIn(a);
      return card && findElements(card, (e) => e.id === 'customer-message').length > 0 ? card : undefined;
    });
    const follow = buttonsOf(invitation).find((b) => b.data?.action === 'partnerCenter' && b.data?.step === 'review');
    await say({ value: { ...follow!.data, customer: 'wingtip.onmicrosoft.com' } });
    await until((a) => (JSON.stringify(cardIn(a) ?? {}).includes(en.actions.steps.invitationFollowed) ? true : undefined));

    const answer = await accept(standins, 'customer=wingtip.onmicrosoft.com');
    assert.equal(answer.status, 200);
    const accepted = (await answer.json()) as { customer: { domain: string; companyName: string }; already: boolean; eventSent: boolean };
    assert.deepEqual([accepted.customer.domain, accepted.already, accepted.eventSent], ['wingtip.onmicrosoft.com', false, true]);

    const title = format(en.followUps.titles.accepted, { customer: accepted.customer.companyName });
    const told = await until((a) => {
      const card = cardIn(a);
      return card && JSON.stringify(card).includes(title) ? card : undefined;
    }, 20_000);
    assert.ok(
      buttonsOf(told).some((b) => b.title === en.actions.names.requestGdap),
      'the follow-up offers Request GDAP',
    );
    // The answer to Partner Center's post comes once the message is out.
    for (let i = 0; i < 200 && standins.eventAnswers.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    assert.deepEqual(standins.eventAnswers, [200], 'the bot took the signed event');
  });

  it("a customer already the partner's accepts nothing and no event is sent; the page posts back to itself", async () => {
    let events = 0;
    const before = standins.partnerCenter.onAccepted;
    standins.partnerCenter.onAccepted = () => void events++;
    try {
      const answer = await accept(standins, `customer=${SAMPLE_CUSTOMERS[0]!.domain}`);
      assert.equal(answer.status, 200);
      assert.deepEqual(((await answer.json()) as { already: boolean }).already, true);
      // A browser's form: answered with the page again, saying so.
      const fromPage = await accept(standins, 'customer=lamna.onmicrosoft.com', { Accept: 'text/html', Origin: standins.customerSideUrl });
      assert.equal(fromPage.status, 303);
      const page = await (await fetch(new URL(fromPage.headers.get('location')!, standins.customerSideUrl))).text();
      assert.match(page, /lamna\.onmicrosoft\.com accepted the reseller relationship/);
      assert.equal(events, 1, 'only the new customer accepted');
    } finally {
      standins.partnerCenter.onAccepted = before;
    }
  });

  it('issue 63: the page names the sample customer whose relationship nears its end once approved', async () => {
    const page = await (await fetch(`${standins.customerSideUrl}/`)).text();
    assert.ok(
      page.includes(`${SAMPLE_ENDING.companyName} (${SAMPLE_ENDING.domain}) is active as soon as it is approved and ends ${DEMO_ENDS_IN_DAYS} days later`),
      page,
    );
  });

  it('refuses what is not a domain or a tenant ID, a body too large, and a post from another origin, accepting nobody', async () => {
    const customersBefore = standins.partnerCenter.customers.length;
    for (const body of ['customer=', 'customer=not a domain', 'customer=%3Cscript%3E', `customer=${'a'.repeat(300)}.com`, 'other=x']) {
      assert.equal((await accept(standins, body)).status, 400, body);
    }
    assert.equal((await accept(standins, 'x'.repeat(5000))).status, 413);
    assert.equal((await accept(standins, 'customer=evil.onmicrosoft.com', { Origin: 'http://attacker.example' })).status, 403);
    assert.equal((await fetch(`${standins.customerSideUrl}/accept`)).status, 405);
    assert.equal(standins.partnerCenter.customers.length, customersBefore, 'nobody was added');
    // A tenant ID is taken too (the card's Follow takes both).
    const tenant = randomUUID();
    const byTenant = (await (await accept(standins, `customer=${tenant}`)).json()) as { customer: { tenantId: string } };
    assert.equal(byTenant.customer.tenantId, tenant);
  });

  it("hands out Partner Center's documented invitation link, without delegated admin privileges (DAP=false)", async () => {
    const token = await standins.appToken!('partnerCenter');
    const res = await fetch(`${standins.partnerCenterUrl}/v1/customers/relationshiprequests`, {
      headers: { authorization: `Bearer ${token}`, 'MS-Contract-Version': 'v1', 'MS-RequestId': randomUUID(), 'MS-CorrelationId': randomUUID() },
    });
    const body = (await res.json()) as { url: string; attributes: { objectType: string } };
    const link = new URL(body.url);
    assert.equal(link.searchParams.get('invType'), 'ResellerRelationship');
    assert.equal(link.searchParams.get('DAP'), 'false');
    assert.equal(body.attributes.objectType, 'RelationshipRequest');
  });
});
