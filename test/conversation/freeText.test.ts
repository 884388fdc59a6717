// Free-text situations in the dialog: one sentence that states everything gets the result at
// once; a partial one asks only what is missing; a contradiction gets a clarifying question.
import { strict as assert } from 'assert';
import { Chat, buttonsOf, elementIds, findElements, resultOf } from '../support/chat';
import type { EditionId } from '../../src/domain/editions';

const COMPLETE: { locale: string; text: string; row: string; verdict: string; edition?: EditionId }[] = [
  { locale: 'en-US', text: 'Commercial cloud, customer bought Azure through EA, we are a direct bill partner', row: 'G3', verdict: 'eligible' },
  {
    locale: 'en-US',
    text: "we're an indirect reseller in the commercial Partner Center, the client has Microsoft 365 from another CSP partner and wants to move",
    row: 'G6',
    verdict: 'notYet',
    edition: '2020',
  },
  {
    locale: 'en-US',
    text: 'customer bought Microsoft 365 from another CSP partner and wants to move the licences to us now, we are direct bill, commercial cloud',
    row: 'G6',
    verdict: 'transfer',
  },
  {
    locale: 'ru-RU',
    text: 'коммерческое облако, Azure у бывшего партнера CSP, мы косвенный поставщик',
    row: 'G4',
    verdict: 'transfer',
  },
  {
    locale: 'ru-RU',
    text: 'Коммерческий Центр партнеров, клиент купил Office 365 напрямую у Microsoft, хотим поддерживать, мы партнер с прямым выставлением счетов',
    row: 'G1',
    verdict: 'eligible',
  },
  { locale: 'zh-CN', text: '商业云，客户通过 EA 购买了 Azure，我们是间接提供商', row: 'G3', verdict: 'eligible' },
  {
    locale: 'pt-BR',
    text: 'Partner Center comercial: o cliente comprou Microsoft 365 de outro parceiro CSP e quer suporte; somos revendedor indireto',
    row: 'G5',
    verdict: 'notCovered',
  },
  {
    locale: 'hu-HU',
    text: 'kereskedelmi felhő, az ügyfél EA-n keresztül vette az Azure-t, közvetlen számlázású partner vagyunk',
    row: 'G3',
    verdict: 'eligible',
  },
];

describe('free-text situations in the dialog', () => {
  for (const c of COMPLETE) {
    it(`answers in one turn when the message states everything (${c.locale}: ${c.row}, edition ${c.edition ?? 'in force'})`, async () => {
      const chat = new Chat({ locale: c.locale, ...(c.edition ? { edition: c.edition } : {}) });
      const replies = await chat.say(c.text);
      assert.equal(replies.length, 1, 'one reply: the result, no welcome');
      assert.deepEqual(resultOf(chat.lastCard()), { verdict: c.verdict, row: c.row });
    });
  }

  it('also mid-way through a case, and shows what it understood on the result', async () => {
    const chat = new Chat();
    await chat.start();
    await chat.answer('global');
    await chat.say('they bought Office 365 directly from Microsoft and want us to support it, we are T1');
    assert.deepEqual(resultOf(chat.lastCard()), { verdict: 'eligible', row: 'G1' });
    const facts = JSON.stringify(chat.lastCard());
    assert.ok(facts.includes('Directly from Microsoft') && facts.includes('Direct-bill partner'));
  });

  it('asks only the missing questions, saying what it took from the message', async () => {
    const chat = new Chat();
    await chat.start();
    await chat.say('customer bought Azure through EA');
    const q = chat.currentQuestion();
    assert.equal(q.id, 'cloud');
    assert.match(JSON.stringify(chat.lastCard()), /From your message: .*Enterprise Agreement.*Usage-based/);
    await chat.answer('global');
    assert.equal(chat.currentQuestion().id, 'partnerType', 'channel and service were not asked again');
    await chat.answer('direct');
    assert.deepEqual(resultOf(chat.lastCard()), { verdict: 'eligible', row: 'G3' });
  });

  it('keeps a stated goal until the service is known', async () => {
    const chat = new Chat();
    await chat.say('the customer wants to move the subscriptions to us');
    await chat.answer('global');
    await chat.answer('ea');
    await chat.answer('license');
    assert.equal(chat.currentQuestion().id, 'partnerType', 'the goal was not asked again');
    await chat.answer('direct');
    assert.deepEqual(resultOf(chat.lastCard()), { verdict: 'notYet', row: 'G2' });
  });

  // The short question names what was understood, in the user's words, in every language.
  const WHICH_ONE: { locale: string; text: string; asks: RegExp }[] = [
    { locale: 'en-US', text: 'Azure via EA or via Open Value', asks: /You said “[^”]*EA” and “[^”]*Open[^”]*”: which one is right\?/ },
    { locale: 'ru-RU', text: 'Azure через EA и через Open Value', asks: /Вы написали «[^»]*EA» и «[^»]*Open[^»]*»\. Какой вариант верный\?/ },
    { locale: 'zh-CN', text: 'Azure 通过EA或者通过Open Value购买', asks: /您提到了“[^”]*EA”和“[^”]*Open[^”]*”，哪一个是对的？/ },
    { locale: 'pt-BR', text: 'Azure pelo EA ou pelo Open Value', asks: /Você escreveu “[^”]*EA” e “[^”]*Open[^”]*”: qual está certo\?/ },
    { locale: 'hu-HU', text: 'Azure EA-n keresztül vagy Open Value-n keresztül', asks: /Ezt írta: „[^”]*EA[^”]*” és „[^”]*Open[^”]*”\. Melyik a helyes\?/ },
  ];
  for (const { locale, text, asks } of WHICH_ONE) {
    it(`${locale}: asks one short question naming both answers, never the whole card again`, async () => {
      const chat = new Chat({ locale });
      await chat.say(text);
      assert.equal(chat.currentQuestion().id, 'channel');
      assert.match(JSON.stringify(chat.lastCard()), asks);
    });
  }

  // One answer said under a doubt is no answer: the question comes next, naming it in the card's
  // own words, with a yes that takes it and the usual choices for any other.
  const HEDGED: { locale: string; text: string; asks: RegExp }[] = [
    {
      locale: 'en-US',
      text: 'commercial cloud, they got it through EA I think',
      asks: /Your message named “Through an Enterprise Agreement \(EA\)”, but with some doubt\. Is that right\?/,
    },
    {
      locale: 'ru-RU',
      text: 'коммерческое облако, клиент брал кажется через EA',
      asks: /В сообщении упомянуто «По Соглашению Enterprise \(EA\)», но без уверенности\. Это верно\?/,
    },
    { locale: 'zh-CN', text: '商业云，客户好像是通过EA买的', asks: /您的消息提到了“通过企业协议（EA）购买”，但不太确定。是这样吗？/ },
    {
      locale: 'pt-BR',
      text: 'nuvem comercial, o cliente comprou pelo EA, se não me engano',
      asks: /Sua mensagem citou “Por meio de um Contrato Enterprise \(EA\)”, mas sem certeza\. Está certo\?/,
    },
    {
      locale: 'hu-HU',
      text: 'kereskedelmi felhő, az ügyfél szerintem EA-n keresztül vásárolt',
      asks: /Az üzenete ezt említette: „Nagyvállalati Szerződés \(EA\) keretében”, de nem biztosan\. Így van\?/,
    },
  ];
  for (const { locale, text, asks } of HEDGED) {
    it(`${locale}: a single hedged answer gets a question that names it, and a yes takes it`, async () => {
      const chat = new Chat({ locale });
      await chat.say(text);
      assert.equal(chat.currentQuestion().id, 'channel', 'the hedged channel is not taken as an answer');
      const card = chat.lastCard();
      assert.match(JSON.stringify(card), asks);
      const yes = buttonsOf(card).find((b) => b.data?.option !== undefined);
      assert.deepEqual(yes?.data, { action: 'answer', question: 'channel', token: yes?.data?.token, option: 'ea' });
      assert.equal(findElements(card, (e) => e.type === 'Input.ChoiceSet')[0]?.choices?.length, 7, 'every choice of the commercial cloud stays');
      await chat.submit(yes!.data!);
      assert.equal(chat.currentQuestion().id, 'service', 'yes answered the channel, and the cloud stated with it stayed');
    });
  }

  // The same question answered by typing: a yes in the chat's language takes the named option.
  const TYPED_YES: { locale: string; yes: string }[] = [
    { locale: 'en-US', yes: "yes, that's right" },
    { locale: 'ru-RU', yes: 'да, верно' },
    { locale: 'zh-CN', yes: '是的' },
    { locale: 'pt-BR', yes: 'isso mesmo' },
    { locale: 'hu-HU', yes: 'igen, így van' },
  ];
  for (const { locale, yes } of TYPED_YES) {
    it(`${locale}: a typed yes to the question naming a hedged answer takes it`, async () => {
      const chat = new Chat({ locale });
      await chat.say(HEDGED.find((h) => h.locale === locale)!.text);
      assert.equal(chat.currentQuestion().id, 'channel');
      await chat.say(yes);
      assert.equal(chat.currentQuestion().id, 'service', 'the typed yes answered the channel with EA');
      await chat.answer('license');
      await chat.answer('support');
      await chat.answer('direct');
      assert.equal(resultOf(chat.lastCard())?.row !== undefined, true);
      assert.match(JSON.stringify(chat.lastCard()), /EA/);
    });
  }

  it('a typed yes takes nothing where no answer was guessed, nor once the question has changed', async () => {
    const plain = new Chat();
    await plain.start();
    await plain.answer('global');
    await plain.say('yes');
    assert.equal(plain.currentQuestion().id, 'channel', 'a yes to a plain question answers nothing');
    const moved = new Chat();
    await moved.say('commercial cloud, they got it through EA I think');
    await moved.answer('open');
    assert.equal(moved.currentQuestion().id, 'service');
    await moved.say('yes');
    assert.equal(moved.currentQuestion().id, 'service', 'the guess went with its question');
  });

  it('a hedged answer the user corrects on the card is replaced by the choice', async () => {
    const chat = new Chat();
    await chat.say('commercial cloud, they probably bought through Open Value');
    assert.equal(chat.currentQuestion().id, 'channel');
    await chat.answer('ea');
    assert.equal(chat.currentQuestion().id, 'service');
    await chat.answer('usage');
    await chat.answer('direct');
    assert.deepEqual(resultOf(chat.lastCard()), { verdict: 'eligible', row: 'G3' });
  });

  it('a hedged value typed at its own question is asked back, not taken', async () => {
    const chat = new Chat();
    await chat.start();
    await chat.answer('global');
    await chat.say('maybe EA');
    assert.equal(chat.currentQuestion().id, 'channel');
    assert.match(JSON.stringify(chat.lastCard()), /Your message named “Through an Enterprise Agreement \(EA\)”/);
  });

  it('asks about a channel the chosen cloud does not offer instead of dropping it', async () => {
    const chat = new Chat();
    await chat.say('China cloud, Office 365 bought directly from Microsoft');
    assert.equal(chat.currentQuestion().id, 'channel');
    assert.match(JSON.stringify(chat.lastCard()), /I understood “directly from Microsoft”, but that isn't a purchase channel in the/);
  });

  it('asks to clarify a contradiction instead of guessing', async () => {
    const chat = new Chat();
    await chat.start();
    await chat.answer('global');
    await chat.say('they have Azure through EA, bought from another CSP partner');
    assert.equal(chat.currentQuestion().id, 'channel');
    // One short question naming what was understood, in the user's words.
    assert.match(JSON.stringify(chat.lastCard()), /You said “EA” and “another CSP partner”: which one is right\?/);
    assert.ok(elementIds(chat.lastCard()).includes('notice'));
    await chat.answer('otherCsp');
    assert.equal(chat.currentQuestion().id, 'partnerType', 'the service from the same message was kept');
  });

  it('asks which role a bare T2 is, naming the word, instead of guessing one of the two', async () => {
    const chat = new Chat();
    await chat.start();
    await chat.answer('global');
    await chat.say("the customer bought Azure through EA, we're T2");
    assert.equal(chat.currentQuestion().id, 'partnerType');
    assert.match(JSON.stringify(chat.lastCard()), /You wrote “T2”, which can mean more than one of these\. Which one is right\?/);
  });

  it('does not let a negated mention answer', async () => {
    const chat = new Chat();
    await chat.start();
    await chat.answer('global');
    await chat.say('not through EA');
    assert.equal(chat.currentQuestion().id, 'channel');
  });

  it('starts a new case from a sentence typed after a result', async () => {
    const chat = new Chat();
    await chat.say('Commercial cloud, customer bought Azure through EA, we are a direct bill partner');
    assert.deepEqual(resultOf(chat.lastCard()), { verdict: 'eligible', row: 'G3' });
    await chat.say('21Vianet customer who bought licenses from 21Vianet and wants us to support them, we are an indirect provider');
    assert.deepEqual(resultOf(chat.lastCard()), { verdict: 'eligible', row: 'C2' });
  });
});
