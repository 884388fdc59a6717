// The action cards' smaller trips (issue 65, item 8), on the real bot against the stand-ins: the
// transfer form's tenant ID problem names its field; the customers matching what was typed are
// offered under a note, not an error, and a single match is already picked; Assign access's
// Search button sits right under its box; times in the user's language; the sign-in asked when
// the first Partner Center call is needed (and the form says so), under a title; a click on an
// older copy of a card answered as stale where every step is a new message.
import { strict as assert } from 'assert';
import { Activity } from 'botbuilder';
import { ActionWorld, CONNECTION } from '../support/actionWorld';
import { buttonsOf, CardElement, CardJson, cardOf, Chat, findElements } from '../support/chat';
import { allCombinations } from '../support/answerCombinations';
import { decide } from '../../src/domain/rules';
import { availableLocales, catalogFor, format } from '../../src/domain/textCatalog';
import { LocaleTag } from '../../src/domain/locales';
import { OutcomeRow } from '../../src/domain/outcomes';
import { actionCard, plainText } from '../../src/conversation/actions/actionCards';

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

describe('Times on the action cards (issue 65)', () => {
  const at = '2026-11-24T18:05:00.000Z';
  const checkedAt = (locale: LocaleTag): string => {
    const c = catalogFor(locale);
    const { card } = actionCard({ view: 'transferDone', cardId: 'card000001', customer, transferId: 't-1', status: 'Active', checkedAt: at }, c);
    const fact = findElements(card as CardJson, (e) => e.type === 'FactSet')
      .flatMap((e) => e.facts ?? [])
      .find((f) => f.title === c.actions.checkedAt);
    assert.ok(fact, `${locale}: the time checked`);
    return fact.value;
  };

  it('English writes the time with AM or PM, and the month by name', () => {
    const en = checkedAt('en-US');
    assert.match(en, /6:05\s?PM/u);
    assert.match(en, /Nov/);
  });

  it('Portuguese, Russian, Chinese and Hungarian write it on the 24-hour clock, the month in their words', () => {
    const months: Partial<Record<LocaleTag, RegExp>> = { 'pt-BR': /nov/, 'ru-RU': /нояб/, 'zh-CN': /11月/, 'hu-HU': /nov/ };
    for (const [locale, month] of Object.entries(months) as [LocaleTag, RegExp][]) {
      const text = checkedAt(locale);
      assert.match(text, /18:05/, `${locale}: ${text}`);
      assert.doesNotMatch(text, /AM|PM/, `${locale}: ${text}`);
      assert.match(text, month, `${locale}: ${text}`);
      assert.match(text, /UTC/, `${locale}: it says the time is UTC`);
    }
  });
});

describe('Web Chat: when the sign-in comes, and older copies of a card (issue 65)', () => {
  const USER = 'dl_partner';
  let world: ActionWorld;
  beforeEach(async () => {
    world = await new ActionWorld().start();
  });
  afterEach(() => world.stop());

  const oauthOf = (activities: Partial<Activity>[]): Record<string, unknown> | undefined =>
    activities.flatMap((a) => a.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.oauth')?.content as
      Record<string, unknown> | undefined;

  async function atResult(row: OutcomeRow): Promise<{ chat: Chat; result: CardJson }> {
    const chat = new Chat({ channelId: 'webchat', userId: USER, actions: (cs) => world.actions(cs) });
    await chat.say('start');
    const answers = allCombinations().find((a) => decide(a, '2026-11').row === row && a.cloud === 'global')!;
    for (const q of ['cloud', 'channel', 'service', 'goal', 'partnerType'] as const) if (answers[q]) await chat.answer(answers[q]);
    return { chat, result: chat.lastCard() };
  }

  it('a form comes without a sign-in and says Continue asks for it; Continue signs in, then looks the customer up', async () => {
    const { chat, result } = await atResult('G1');
    const started = await chat.submit(buttonsOf(result).find((b) => b.data?.kind === 'requestGdap')!.data!);
    assert.equal(oauthOf(started), undefined, 'no sign-in before the form');
    const form = postedCard(started);
    assert.ok(findElements(form, (e) => e.text === en.actions.steps.signInAtContinue).length === 1, 'the form says when the sign-in comes');
    const waiting = await chat.submit({ ...buttonData(form, 'review'), customer: world.contoso.domain, roleSet: 'm365Support', duration: 'P730D' });
    const oauth = oauthOf(waiting);
    assert.ok(oauth, 'Continue asks for the sign-in');
    const page = await (await fetch((oauth.buttons as { value: string }[])[0]!.value)).text();
    const after = await chat.say(/\b(\d{6})\b/.exec(page)![1]!);
    assert.ok(JSON.stringify(postedCard(after)).includes(world.contoso.tenantId), 'then the customer, as typed before the sign-in');
  });

  it('the invitation link asks for the sign-in at its button (its call is made there), under a title', async () => {
    const { chat, result } = await atResult('G1');
    const started = await chat.submit(buttonsOf(result).find((b) => b.data?.kind === 'invitationLink')!.data!);
    const oauth = oauthOf(started);
    assert.ok(oauth, 'a sign-in card');
    assert.equal(oauth.title, en.actions.signIn.title, 'its title as a title (Web Chat draws it as a heading)');
    assert.equal(oauth.text, en.actions.signIn.text, 'the text under it, without the title');
  });

  it('a click on an older copy of a form is answered as stale and changes nothing; the newest copy acts', async () => {
    const { chat, result } = await atResult('G1');
    world.tokenService.signInDirectly(USER, CONNECTION, 'webchat');
    const first = postedCard(await chat.submit(buttonsOf(result).find((b) => b.data?.kind === 'requestGdap')!.data!));
    // Continue with no customer: the form again, with the problem, as a new message.
    const second = postedCard(await chat.submit({ ...buttonData(first, 'review'), roleSet: 'm365Support', duration: 'P730D' }));
    assert.ok(attention(second).length > 0, 'the form again, with its problem');
    const before = world.partnerCenter.received.length;
    const old = await chat.submit({ ...buttonData(first, 'review'), customer: world.contoso.domain, roleSet: 'm365Support', duration: 'P730D' });
    assert.deepEqual(
      old.map((a) => a.text),
      [en.actions.problems.stale],
      'one line: the card was replaced',
    );
    assert.equal(old.map(cardOf).filter((c) => c !== undefined).length, 0, 'no new copy');
    assert.equal(world.partnerCenter.received.length, before, 'nothing asked of Partner Center');
    const now = postedCard(await chat.submit({ ...buttonData(second, 'review'), customer: world.contoso.domain, roleSet: 'm365Support', duration: 'P730D' }));
    assert.ok(JSON.stringify(now).includes(en.actions.titles.gdapConfirm), 'the newest copy goes on to the confirmation');
    // Each copy marks its card, so the page keeps only the newest one live.
    const marker = (card: CardJson): unknown => card.body?.[0]?.id;
    assert.equal(marker(first), marker(second));
    assert.match(String(marker(first)), /^action-card-/);
  });
});
