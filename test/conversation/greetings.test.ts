// Small talk and progress: a greeting at a question is answered with a hello and the same
// question, in every language (before anything is answered, with a hello alone: the welcome and
// the first question are just above), and the progress line gives the question's place.
import { strict as assert } from 'assert';
import { Chat, findElements } from '../support/chat';
import { catalogFor } from '../../src/domain/textCatalog';
import { LOCALES, LocaleTag } from '../../src/domain/locales';
import { QuestionId } from '../../src/domain/questions';

function noticeOf(chat: Chat): string {
  return findElements(chat.lastCard(), (e) => e.id === 'notice')[0]?.text ?? '';
}

function progressOf(chat: Chat): string {
  return JSON.stringify(chat.lastCard());
}

const GREETINGS: Record<LocaleTag, string[]> = {
  'en-US': ['hi', 'Hello!', 'hey there'],
  'ru-RU': ['привет', 'Здравствуйте!', 'добрый день'],
  'zh-CN': ['你好', '您好！', '早上好'],
  'pt-BR': ['olá', 'Oi', 'bom dia'],
  'hu-HU': ['szia', 'Helló!', 'jó napot'],
};

describe('greetings at a question', () => {
  for (const locale of LOCALES) {
    const c = catalogFor(locale);
    it(`${locale}: right after the welcome, a hello pointing at the first question, not the question again`, async () => {
      for (const hello of GREETINGS[locale]) {
        const chat = new Chat({ locale, channelId: 'webchat' });
        await chat.start();
        const replies = await chat.say(hello);
        assert.deepEqual(
          replies.map((a) => a.text ?? (a.attachments?.length ? 'a card' : '')),
          [c.greeting.start],
          hello,
        );
        assert.equal(chat.currentQuestion().id, 'cloud', hello);
      }
    });
    for (const [question, picks] of [
      ['channel', ['global']],
      ['service', ['global', 'ea']],
    ] as [QuestionId, string[]][]) {
      it(`${locale}: a hello and the ${question} question again, not "doesn't match"`, async () => {
        for (const hello of GREETINGS[locale]) {
          const chat = new Chat({ locale, channelId: 'webchat' });
          await chat.start();
          for (const p of picks) await chat.answer(p);
          await chat.say(hello);
          assert.equal(chat.currentQuestion().id, question, hello);
          assert.equal(noticeOf(chat), c.greeting.reply, hello);
          assert.notEqual(noticeOf(chat), c.question.notUnderstood);
        }
      });
    }
  }

  it('understands a greeting in another language than the one set', async () => {
    const chat = new Chat({ locale: 'en-US', channelId: 'webchat' });
    await chat.start();
    await chat.answer('global');
    await chat.say('привет');
    assert.equal(noticeOf(chat), catalogFor('en-US').greeting.reply);
  });

  it('does not count a greeting as a miss: the next unfitting answer gets the plain notice', async () => {
    const chat = new Chat({ locale: 'en-US', channelId: 'webchat' });
    await chat.start();
    await chat.say('hi');
    await chat.say('qwxz');
    assert.equal(noticeOf(chat), catalogFor('en-US').question.notUnderstood);
  });
});

describe('progress after a sentence', () => {
  it('numbers a question by its place, whatever a sentence answered before it', async () => {
    const chat = new Chat({ locale: 'en-US', channelId: 'webchat' });
    await chat.start();
    await chat.say('the customer bought Office 365 through EA, we are a direct bill partner');
    assert.equal(chat.currentQuestion().id, 'cloud');
    assert.match(progressOf(chat), /Question 1 of 5/);
    await chat.answer('global');
    assert.equal(chat.currentQuestion().id, 'goal');
    assert.match(progressOf(chat), /Question 4 of 5/);
  });

  for (const locale of LOCALES) {
    it(`numbers them by place in ${locale} too`, async () => {
      const c = catalogFor(locale);
      const chat = new Chat({ locale, channelId: 'webchat' });
      await chat.start();
      await chat.answer('global');
      await chat.say('Azure');
      assert.equal(chat.currentQuestion().id, 'channel');
      const expected = c.question.progress.replace('{current}', '2').replace('{total}', '4');
      assert.ok(progressOf(chat).includes(JSON.stringify(expected).slice(1, -1)), `${expected} in ${progressOf(chat)}`);
      await chat.answer('ea');
      const next = c.question.progress.replace('{current}', '4').replace('{total}', '4');
      assert.ok(progressOf(chat).includes(JSON.stringify(next).slice(1, -1)), `${next} in ${progressOf(chat)}`);
    });
  }
});

describe('21Vianet and "somewhere else"', () => {
  it('gives the C5 result at once: the service, goal and role would not change it', async () => {
    const chat = new Chat({ locale: 'en-US', channelId: 'webchat' });
    await chat.start();
    await chat.answer('china');
    await chat.answer('other');
    assert.match(JSON.stringify(chat.lastCard()), /outcome-C5/);
  });
});
