// A customer looked up by what the partner typed, on the real bot against the stand-ins: a domain
// matched exactly goes straight to the confirmation; the start of a domain or of a name is never
// taken for a customer, its matches are offered to choose from, and the one chosen is the one
// confirmed. Partner Center "Get a list of customers by filter" (learn.microsoft.com/partner-center/developer/
// get-a-list-of-customers-by-filter: Field Domain or CompanyName, Operator starts_with).
import { strict as assert } from 'assert';
import { randomUUID } from 'crypto';
import { ActionWorld, CONNECTION } from '../support/actionWorld';
import { buttonsOf, CardJson, cardOf, Chat, findElements } from '../support/chat';
import { allCombinations } from '../support/answerCombinations';
import { decide } from '../../src/domain/rules';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { plainText } from '../../src/conversation/actions/actionCards';

const ASKER = { id: '29:asker', name: 'Alex Wilber' };
const en = catalogFor('en-US');

function buttonData(card: CardJson, step: string): Record<string, unknown> {
  const found = buttonsOf(card).find((a) => a.data?.action === 'partnerCenter' && a.data?.step === step);
  assert.ok(found?.data, `a ${step} button`);
  return found.data as Record<string, unknown>;
}

const choicesOf = (card: CardJson): { title: string; value: string }[] =>
  (findElements(card, (e) => e.id === 'customerChoice')[0] as unknown as { choices?: { title: string; value: string }[] } | undefined)?.choices ?? [];

describe('Customer look-up: an exact domain, or the matches to choose from', () => {
  let world: ActionWorld;
  let chat: Chat;
  let form: CardJson;
  let pharma: { tenantId: string; domain: string };

  beforeEach(async () => {
    world = await new ActionWorld().start();
    pharma = world.partnerCenter.addCustomer({ tenantId: randomUUID(), domain: 'contosopharma.onmicrosoft.com', companyName: 'Contoso Pharma' });
    world.partnerCenter.addCustomer({ tenantId: randomUUID(), domain: 'fabrikam.onmicrosoft.com', companyName: 'Fabrikam' });
    chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    await chat.say('start', { from: ASKER });
    const answers = allCombinations().find((a) => decide(a, '2026-11').row === 'G1' && a.cloud === 'global' && a.partnerType === 'direct')!;
    for (const q of ['cloud', 'channel', 'service', 'goal', 'partnerType'] as const) if (answers[q]) await chat.executeAnswer(answers[q], { from: ASKER });
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const started = await chat.execute(
      { action: 'partnerCenter', step: 'start', kind: 'requestGdap', row: 'G1', service: 'license' },
      { verb: 'partnerCenter', from: ASKER },
    );
    form = started.posted.map(cardOf).find((c) => c !== undefined)!;
    assert.ok(form, 'the GDAP form');
  });
  afterEach(() => world.stop());

  const review = async (card: CardJson, inputs: Record<string, unknown>): Promise<CardJson> =>
    (await chat.execute({ ...buttonData(card, 'review'), roleSet: 'm365Support', duration: 'P730D', ...inputs }, { verb: 'partnerCenter', from: ASKER })).body
      .value as CardJson;

  it('the start of a domain is not taken for the customer: its one match is offered, and chosen, confirmed', async () => {
    const again = await review(form, { customer: 'contoso.on' });
    assert.ok(JSON.stringify(again).includes(JSON.stringify(format(en.actions.problems.customerChoose, { value: plainText('contoso.on') })).slice(1, -1)));
    assert.deepEqual(
      choicesOf(again).map((c) => c.value),
      [world.contoso.domain],
      'contoso.onmicrosoft.com to choose, not taken',
    );
    assert.ok(!JSON.stringify(again).includes(en.actions.titles.gdapConfirm), 'no confirmation yet');
    const confirming = await review(again, { customer: 'contoso.on', customerChoice: world.contoso.domain });
    assert.ok(JSON.stringify(confirming).includes(en.actions.titles.gdapConfirm));
    assert.ok(JSON.stringify(confirming).includes(world.contoso.tenantId), 'the customer chosen');
  });

  it('the start of a name offers every customer whose name starts so, and the one chosen is the one confirmed', async () => {
    const again = await review(form, { customer: 'Contoso' });
    assert.deepEqual(
      choicesOf(again)
        .map((c) => c.value)
        .sort(),
      [world.contoso.domain, pharma.domain].sort(),
      'both Contoso customers, not Fabrikam',
    );
    const confirming = await review(again, { customer: 'Contoso', customerChoice: pharma.domain });
    assert.ok(JSON.stringify(confirming).includes(pharma.tenantId), 'Contoso Pharma, as chosen');
    assert.ok(!JSON.stringify(confirming).includes(world.contoso.tenantId));
  });

  it('an exact domain goes straight to the confirmation; a name nobody has says none matches', async () => {
    assert.ok(JSON.stringify(await review(form, { customer: 'Contoso.onmicrosoft.com' })).includes(en.actions.titles.gdapConfirm));
    const none = await review(form, { customer: 'Northwind Traders' });
    assert.deepEqual(choicesOf(none), []);
    assert.ok(JSON.stringify(none).includes(format(en.actions.problems.customerNotFound, { value: plainText('Northwind Traders') }).slice(0, 40)));
  });
});
