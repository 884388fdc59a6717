// A result is never lost to typed text (issue 65), in the five languages: a question about it is
// answered from its own steps and notes, naming its source, the result kept; a message stating
// other answers starts a new case, says so and offers the way back, which Back (typed or the
// button) takes; anything else keeps the result and says what can be typed. The decision is a
// pure function (resultQuestions.ts), tested here from a table too.
import { strict as assert } from 'assert';
import { Chat, buttonsOf, resultOf, type CardJson } from '../support/chat';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { linkUrl } from '../../src/domain/links';
import type { LocaleTag } from '../../src/domain/locales';
import { flowContextFor } from '../../src/conversation/advisor/flowContext';
import { handleTurn } from '../../src/conversation/advisor/flow';
import { readAfterResult, topicsAsked } from '../../src/conversation/advisor/resultQuestions';
import { readMessage } from '../../src/domain/reading';
import { settledOutcome } from '../../src/domain/rules';

interface Case {
  /** States a G1 (commercial cloud, bought from Microsoft, support, a direct partner). */
  g1: string;
  question: string;
  /** Words of the result's own text the answer must quote. */
  quotes: string;
  /** States other answers: a new case (with its result at once). */
  other: string;
  otherRow: string;
  neither: string;
}

const CASES: Record<LocaleTag, Case> = {
  'en-US': {
    g1: 'Commercial cloud, customer bought Office 365 directly from Microsoft, wants support, we are a direct bill partner',
    question: 'which GDAP roles do I need for support?',
    quotes: 'an Admin agent requests granular delegated admin privileges (GDAP)',
    other: 'Commercial cloud, customer bought Azure through EA, we are a direct bill partner',
    otherRow: 'G3',
    neither: 'thanks a lot',
  },
  'ru-RU': {
    g1: 'Коммерческий Центр партнеров, клиент купил Office 365 напрямую у Microsoft, хотим поддерживать, мы партнер с прямым выставлением счетов',
    question: 'кто должен одобрить?',
    quotes: 'Глобальный администратор клиента принимает запрос',
    other: 'коммерческое облако, Azure у бывшего партнера CSP, мы косвенный поставщик',
    otherRow: 'G4',
    neither: 'спасибо большое',
  },
  'zh-CN': {
    g1: '商业云，客户直接从 Microsoft 购买了 Office 365，想要支持，我们是直接计费合作伙伴',
    question: '客户需要多久批准？',
    quotes: '客户须在 90 天内批准',
    other: '商业云，客户通过 EA 购买了 Azure，我们是间接提供商',
    otherRow: 'G3',
    neither: '非常感谢',
  },
  'pt-BR': {
    g1: 'Partner Center comercial: o cliente comprou Microsoft 365 direto da Microsoft e quer suporte; somos parceiro de cobrança direta',
    question: 'quanto tempo o cliente tem pra aprovar?',
    quotes: 'O cliente tem 90 dias para aprovar',
    other: 'Partner Center comercial: o cliente comprou Microsoft 365 de outro parceiro CSP e quer suporte; somos revendedor indireto',
    otherRow: 'G5',
    neither: 'muito obrigado',
  },
  'hu-HU': {
    g1: 'kereskedelmi felhő, az ügyfél közvetlenül a Microsofttól vette a Microsoft 365-öt, támogatást szeretne, közvetlen számlázású partner vagyunk',
    question: 'ki hagyja jóvá?',
    quotes: 'Az ügyfélnek 90 napja van a jóváhagyásra',
    other: 'kereskedelmi felhő, az ügyfél EA-n keresztül vette az Azure-t, közvetlen számlázású partner vagyunk',
    otherRow: 'G3',
    neither: 'köszönöm szépen',
  },
};

function noticeCard(replies: { attachments?: { content?: unknown }[] }[]): CardJson | undefined {
  return replies
    .flatMap((a) => a.attachments ?? [])
    .map((a) => a.content as CardJson)
    .find((card) => JSON.stringify(card).includes('notice-newCase'));
}

describe('Text typed after a result keeps it', () => {
  for (const locale of Object.keys(CASES) as LocaleTag[]) {
    const t = CASES[locale];
    const c = catalogFor(locale);

    it(`${locale}: “${t.question}” is answered from the result's own text, naming its source, and the result stays`, async () => {
      const chat = new Chat({ locale });
      await chat.say(t.g1);
      assert.equal(resultOf(chat.lastCard()).row, 'G1');
      const answer = await chat.say(t.question);
      assert.equal(answer.length, 1, 'one reply');
      const text = answer[0]!.text ?? '';
      assert.ok(text.startsWith(c.aboutResult.heading), text);
      assert.ok(text.includes(t.quotes), text);
      assert.ok(text.includes(format(c.aboutResult.source, { link: `[${c.links.gdap}](${linkUrl('gdap', locale)})` })), text);
      assert.equal(resultOf(chat.lastCard()).row, 'G1', 'no new case: the result is still the last card');
      // The result's buttons still act on it: Start over is no stale click.
      assert.ok(buttonsOf(chat.lastCard()).length > 0);
    });

    it(`${locale}: a message stating other answers starts a new case, says so, and Back (typed, then the button) returns to the result`, async () => {
      const chat = new Chat({ locale });
      await chat.say(t.g1);
      const started = await chat.say(t.other);
      const notice = noticeCard(started);
      assert.ok(notice, 'the new case is announced');
      assert.ok(JSON.stringify(notice).includes(c.aboutResult.newCase));
      assert.equal(resultOf(chat.lastCard()).row, t.otherRow);
      await chat.say(c.commands.back.phrases[0]!);
      assert.equal(resultOf(chat.lastCard()).row, 'G1', 'typed Back returns to the result');

      const again = await chat.say(t.other);
      const back = buttonsOf(noticeCard(again)!).find((a) => a.title === c.aboutResult.backToResult);
      assert.ok(back?.data, 'a button back to the previous result');
      await chat.submit(back.data);
      assert.equal(resultOf(chat.lastCard()).row, 'G1', 'the button returns to the result');
    });

    it(`${locale}: text that neither asks about the result nor states a case keeps it and says what can be typed`, async () => {
      const chat = new Chat({ locale });
      await chat.say(t.g1);
      const replies = await chat.say(t.neither);
      assert.deepEqual(
        replies.map((a) => a.text),
        [format(c.aboutResult.other, { restart: c.commands.restart.phrases[0]! })],
      );
      assert.equal(resultOf(chat.lastCard()).row, 'G1');
    });
  }
});

describe('readAfterResult, from a table', () => {
  const ctx = flowContextFor({ locale: 'en-US', edition: '2026-11', preset: {}, shared: false, newConsultationId: () => 'c' });
  const g1 = handleTurn(undefined, { kind: 'text', text: CASES['en-US'].g1 }, ctx).state;
  const outcome = settledOutcome(g1.answers, '2026-11')!;
  const read = (text: string) => {
    const reading = readMessage(text, { kind: 'newCase' }, ctx);
    assert.equal(reading.kind, 'newCase');
    return readAfterResult(text, reading as Extract<typeof reading, { kind: 'newCase' }>, g1.answers, outcome, [ctx.catalog], 'en-US');
  };
  const ROWS: { text: string; kind: string; topics?: string[] }[] = [
    { text: 'which GDAP roles do I need for support?', kind: 'about', topics: ['roles'] },
    { text: 'Who has to approve it?', kind: 'about', topics: ['approval'] },
    { text: 'how much time does the customer have?', kind: 'about', topics: ['deadline'] },
    { text: 'where is the documentation?', kind: 'about', topics: ['links'] },
    { text: 'does it cost anything?', kind: 'about', topics: ['cost'] },
    { text: 'the customer bought Azure through EA', kind: 'newCase' },
    { text: 'how long does the customer have to approve if they bought through EA?', kind: 'newCase' },
    { text: 'thanks', kind: 'other' },
    { text: 'qwxz', kind: 'other' },
  ];
  for (const row of ROWS) {
    it(`“${row.text}” → ${row.kind}${row.topics ? ` (${row.topics.join(', ')})` : ''}`, () => {
      const after = read(row.text);
      assert.equal(after.kind, row.kind);
      if (row.topics && after.kind === 'about') assert.deepEqual(after.topics, row.topics);
    });
  }

  it('an answer names the parts of the result it quotes, and the topics of each language are its own', () => {
    const after = read('Who has to approve it?');
    assert.ok(after.kind === 'about' && after.parts.length > 0 && after.link === 'gdap');
    for (const [locale, t] of Object.entries(CASES)) assert.ok(topicsAsked(t.question, [catalogFor(locale as LocaleTag)]).length > 0, locale);
    assert.deepEqual(topicsAsked('кто должен одобрить?', [catalogFor('en-US')]), []);
  });
});
