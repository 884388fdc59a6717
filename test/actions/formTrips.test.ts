// The action forms' smaller trips (issue 65, item 8), on the real bot against the stand-ins: the
// transfer form's tenant ID problem names its field; the customers matching what was typed are
// offered under a note, not an error, and a single match is already picked; Assign access's
// Search button sits right under its box.
import { strict as assert } from 'assert';
import { Activity } from 'botbuilder';
import { ActionWorld, CONNECTION } from '../support/actionWorld';
import { buttonsOf, CardElement, CardJson, cardOf, Chat, findElements } from '../support/chat';
import { allCombinations } from '../support/answerCombinations';
import { decide } from '../../src/domain/rules';
import { availableLocales, catalogFor, format } from '../../src/domain/textCatalog';
import { OutcomeRow } from '../../src/domain/outcomes';
import { actionCard, plainText } from '../../src/conversation/actionCards';

const ASKER = { id: '29:asker', name: 'Alex Wilber' };
const en = catalogFor('en-US');
const customer = { companyName: 'Contoso Ltd', tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', domain: 'contoso.onmicrosoft.com' };

function buttonData(card: CardJson, step: string): Record<string, unknown> {
  const found = buttonsOf(card).find((a) => a.data?.action === 'partnerCenter' && a.data?.step === step);
  assert.ok(found?.data, `a ${step} button`);
  return found.data as Record<string, unknown>;
}

const postedCard = (posted: Partial<Activity>[]): CardJson => {
  const card = posted.map(cardOf).find((c) => c !== undefined);
  assert.ok(card, 'a card was posted');
  return card;
};

/** A chat at the result of `row`, signed in, with the form of `kind` opened from it. */
async function openForm(world: ActionWorld, row: OutcomeRow, kind: string): Promise<{ chat: Chat; form: CardJson }> {
  const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
  await chat.say('start', { from: ASKER });
  const answers = allCombinations().find((a) => decide(a, '2026-11').row === row && a.cloud === 'global')!;
  for (const q of ['cloud', 'channel', 'service', 'goal', 'partnerType'] as const) if (answers[q]) await chat.executeAnswer(answers[q], { from: ASKER });
  world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
  const started = await chat.execute({ action: 'partnerCenter', step: 'start', kind, row, service: answers.service }, { verb: 'partnerCenter', from: ASKER });
  return { chat, form: postedCard(started.posted) };
}

const review = async (chat: Chat, card: CardJson, inputs: Record<string, unknown>): Promise<CardJson> =>
  (await chat.execute({ ...buttonData(card, 'review'), ...inputs }, { verb: 'partnerCenter', from: ASKER })).body.value as CardJson;

const attention = (card: CardJson): string[] => findElements(card, (e) => e.color === 'Attention').map((e) => e.text ?? '');

describe('The action forms name what is wrong and offer what matches (issue 65)', () => {
  let world: ActionWorld;
  beforeEach(async () => {
    world = await new ActionWorld().start();
  });
  afterEach(() => world.stop());

  it("the transfer form's tenant ID problem names the field it is about", async () => {
    const { chat, form } = await openForm(world, 'G6', 'startTransfer');
    const inputs = { customer: world.contoso.domain, customerEmail: 'admin@contoso.com', currentPartner: 'not-a-tenant', currentPartnerName: 'Fourth Coffee' };
    const again = await review(chat, form, inputs);
    const problems = attention(again);
    assert.equal(problems.length, 1, `one problem shown: ${JSON.stringify(problems)}`);
    assert.ok(problems[0]!.includes(en.actions.fields.currentPartner), `"${problems[0]}" names the field`);
  });

  it('the matches are offered under a note, not an error, and a single match is already picked', async () => {
    const { chat, form } = await openForm(world, 'G1', 'requestGdap');
    const again = await review(chat, form, { customer: 'contoso.on', roleSet: 'm365Support', duration: 'P730D' });
    const note = format(en.actions.problems.customerChoose, { value: plainText('contoso.on') });
    const said = findElements(again, (e) => e.text === note);
    assert.equal(said.length, 1, 'the note is on the card');
    assert.notEqual(said[0]!.color, 'Attention', 'not in the colour of an error');
    assert.deepEqual(attention(again), [], 'no error on the card');
    const choice = findElements(again, (e) => e.id === 'customerChoice')[0]!;
    assert.deepEqual(
      choice.choices!.map((c) => c.value),
      [world.contoso.domain],
    );
    assert.equal(choice.value, world.contoso.domain, 'the one match is picked');
    // The note stands right above what it speaks of.
    const body = again.body ?? [];
    assert.equal(body.indexOf(said[0]!) + 1, body.indexOf(choice), 'the note right above the matches');
    // Continue as the card sends it, the picked value with it: the confirmation.
    const confirming = await review(chat, again, { customer: 'contoso.on', customerChoice: choice.value, roleSet: 'm365Support', duration: 'P730D' });
    assert.ok(JSON.stringify(confirming).includes(world.contoso.tenantId));
  });
});

describe("Assign access's Search button (issue 65)", () => {
  for (const locale of availableLocales()) {
    it(`sits right under the search box, apart from the step's buttons, in ${locale}`, () => {
      const c = catalogFor(locale);
      const { card } = actionCard({ view: 'assignForm', cardId: 'card000001', customer, groups: [{ id: 'g-1', name: 'Helpdesk agents' }], search: 'Help' }, c);
      const body = (card.body ?? []) as CardElement[];
      const box = body.findIndex((e) => e.id === 'groupSearch');
      const groups = body.findIndex((e) => e.id === 'groups');
      assert.ok(box >= 0 && groups > box, 'the box, then the groups');
      const next = body[box + 1]!;
      assert.equal(next.type, 'ActionSet', 'a row of buttons right under the box');
      const actions = next.actions as { title: string; data: { step: string } }[];
      assert.deepEqual(
        actions.map((a) => [a.title, a.data.step]),
        [[c.actions.buttons.search, 'search']],
      );
      const searches = buttonsOf(card).filter((a) => a.data?.step === 'search');
      assert.equal(searches.length, 1, 'one Search button');
    });
  }
});
