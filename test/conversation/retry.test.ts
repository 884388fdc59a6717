// A typed answer the question cannot take never brings back the identical card: from the second
// in a row the re-prompt says what did not fit and points at the numbered options, and every further
// one differs from the one before. Every language, question and Partner Center, through the dialog.
import { strict as assert } from 'assert';
import { Chat, findElements, resultOf, textsOf } from '../support/chat';
import { catalogFor } from '../../src/domain/textCatalog';
import { LOCALES, LocaleTag } from '../../src/domain/locales';
import { Answers, CLOUDS, CHINA_CHANNELS, COMMERCIAL_CHANNELS, Cloud, QUESTION_IDS, QuestionId } from '../../src/domain/questions';

const PATH: Record<Cloud, Answers> = {
  global: { cloud: 'global', channel: 'ea', service: 'license', goal: 'support' },
  usgov: { cloud: 'usgov', channel: 'microsoft', service: 'license', goal: 'move' },
  china: { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' },
};
const TRIES = 4;

async function chatAt(locale: LocaleTag, cloud: Cloud, question: QuestionId): Promise<Chat> {
  const chat = new Chat({ locale, channelId: 'webchat' });
  await chat.start();
  for (const q of QUESTION_IDS.slice(0, QUESTION_IDS.indexOf(question))) await chat.answer(PATH[cloud][q]!);
  return chat;
}

/** Texts a question may not be able to take: noise, earlier questions' labels, the other cloud's channels. */
function unfitting(locale: LocaleTag, question: QuestionId, cloud: Cloud): string[] {
  const c = catalogFor(locale);
  const label = (q: QuestionId, option: string): string => (c.questions[q].options as Record<string, string>)[option]!;
  const earlier = QUESTION_IDS.slice(0, QUESTION_IDS.indexOf(question)).map((q) => label(q, PATH[cloud][q]!));
  const otherChannels = question === 'channel' ? (cloud === 'china' ? COMMERCIAL_CHANNELS : CHINA_CHANNELS).map((o) => label('channel', o)) : [];
  return ['qwxz', ...earlier, ...otherChannels];
}

function noticeOf(chat: Chat): string {
  return findElements(chat.lastCard(), (e) => e.id === 'notice')[0]?.text ?? '';
}

for (const locale of LOCALES) {
  describe(`re-prompts after typed answers that do not fit (${locale})`, () => {
    const c = catalogFor(locale);
    for (const question of QUESTION_IDS) {
      for (const cloud of question === 'cloud' ? (['global'] as const) : CLOUDS) {
        it(`${question}${question === 'cloud' ? '' : ` in the ${cloud} cloud`}: no card comes back identical`, async () => {
          for (const text of unfitting(locale, question, cloud)) {
            const chat = await chatAt(locale, cloud, question);
            const cards: string[] = [];
            for (let i = 0; i < TRIES; i++) {
              await chat.say(text);
              // The question could take it after all (a result, or the next question).
              if (resultOf(chat.lastCard()).row !== undefined || chat.currentQuestion().id !== question) break;
              cards.push(JSON.stringify(chat.lastCard()));
            }
            if (cards.length < 2) continue;
            assert.equal(new Set(cards).size, cards.length, `"${text}" typed ${cards.length} times brought back a card already shown`);
            const titles = chat
              .lastCard()
              .body!.flatMap((e) => e.choices ?? [])
              .map((ch) => ch.title);
            assert.ok(titles.length > 1, 'the re-prompt keeps the numbered choices');
            const shown = JSON.stringify(chat.lastCard().body);
            for (const title of titles) assert.equal(shown.split(title).length - 1, 1, `"${title}" is shown once, as a choice`);
            assert.ok(noticeOf(chat).includes(c.retry.options), 'the re-prompt points at the options and their numbers');
          }
        });
      }
    }
  });
}

describe('what a re-prompt says did not fit', () => {
  it('names the Advisor program as no purchase channel in the Partner Center operated by 21Vianet', async () => {
    const chat = await chatAt('en-US', 'china', 'channel');
    await chat.say('through the Advisor program');
    await chat.say('through the Advisor program');
    assert.equal(chat.currentQuestion().id, 'channel');
    assert.match(
      noticeOf(chat),
      /I understood “through the Advisor program”, but that isn't a purchase channel in the Partner Center operated by 21Vianet\. That's 2 answers in a row/,
    );
    assert.deepEqual(
      chat
        .lastCard()
        .body!.flatMap((e) => e.choices ?? [])
        .map((ch) => ch.title),
      ['1 · From 21Vianet', '2 · From us, while we were in the Advisor program', '3 · Somewhere else'],
    );
  });

  it('names the earlier answer a message repeats, and how to change it', async () => {
    const chat = await chatAt('ru-RU', 'global', 'goal');
    await chat.say('Azure');
    assert.equal(chat.currentQuestion().id, 'goal');
    assert.match(noticeOf(chat), /Я понял «Azure», но это ответ на предыдущий вопрос \(Тип службы: .*\)\. Чтобы исправить его, введите \*\*изменить\*\*\./);
  });

  it('treats every commercial channel typed at the 21Vianet question the same way, quoting the whole phrase', async () => {
    for (const typed of [
      'Advisor',
      'Advisor program',
      'through the Advisor program',
      'EA',
      'Open Licensing',
      'Volume Licensing',
      'Open',
      'through an Enterprise Agreement',
    ]) {
      const chat = await chatAt('en-US', 'china', 'channel');
      await chat.say(typed);
      assert.equal(chat.currentQuestion().id, 'channel', `"${typed}" picked an option silently`);
      assert.equal(
        noticeOf(chat),
        `I understood “${typed}”, but that isn't a purchase channel in the Partner Center operated by 21Vianet. Pick one of the options below, or type its number.`,
      );
    }
  });

  it('still takes the 21Vianet options by their own words', async () => {
    for (const [typed, next] of [
      ['From us', 'service'],
      ['21Vianet', 'service'],
    ] as const) {
      const chat = await chatAt('en-US', 'china', 'channel');
      await chat.say(typed);
      assert.equal(chat.currentQuestion().id, next, typed);
    }
  });

  for (const locale of LOCALES) {
    it(`says "another question" when the words answer a later question already given (${locale})`, async () => {
      const c = catalogFor(locale);
      const chat = await chatAt(locale, 'global', 'channel');
      await chat.say('Azure');
      assert.equal(chat.currentQuestion().id, 'channel', 'the service was taken from the message');
      await chat.say('Azure');
      const notice = noticeOf(chat);
      const [before] = c.retry.answeredOther.split('{words}');
      assert.ok(notice.startsWith(`${before}Azure`), notice);
      const [, middle] = c.retry.answeredOther.replace('{words}', '|').replace('{question}', '|').split('|');
      assert.ok(notice.includes(middle!), `the other-question wording: ${notice}`);
      const [, earlierMiddle] = c.retry.answered.replace('{words}', '|').replace('{question}', '|').split('|');
      assert.ok(!notice.includes(earlierMiddle!), `not the earlier-question wording: ${notice}`);
    });
  }

  it('keeps the plain notice for the first answer that says nothing, and counts from the second', async () => {
    const chat = await chatAt('hu-HU', 'global', 'channel');
    await chat.say('qwxz');
    assert.equal(noticeOf(chat), catalogFor('hu-HU').question.notUnderstood);
    await chat.say('qwxz');
    assert.ok(textsOf(chat.lastCard()).some((t) => t.startsWith('Már 2 egymást követő válasza nem illik ehhez a kérdéshez.')));
  });

  it('starts counting again once an answer is taken', async () => {
    const chat = await chatAt('en-US', 'global', 'channel');
    await chat.say('qwxz');
    await chat.say('qwxz');
    await chat.say('4');
    await chat.say('qwxz');
    assert.equal(noticeOf(chat), catalogFor('en-US').question.notUnderstood);
  });
});
