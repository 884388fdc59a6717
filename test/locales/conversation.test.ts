// Whole conversations in each language over the TestAdapter: typed and clicked, language
// switching that keeps the answers, and a choice that follows the user to other conversations.
import { strict as assert } from 'assert';
import { MemoryStorage } from 'botbuilder';
import { Chat, elementIds, resultOf, textsOf, cardOf } from '../support/chat';
import { LANGUAGE_CASES } from '../support/languageCases';
import { catalogFor } from '../../src/domain/textCatalog';

for (const c of LANGUAGE_CASES) {
  describe(`conversation in ${c.locale}`, () => {
    it('answers every message in the language, typed answers included', async () => {
      const chat = new Chat({ edition: '2020', locale: c.locale });
      const welcome = await chat.start();
      assert.match(JSON.stringify(cardOf(welcome[0])), c.welcomeWord);
      for (const text of c.typed) await chat.say(text);
      const card = chat.lastCard();
      assert.deepEqual(resultOf(card), { verdict: c.typedVerdict, row: c.typedRow }, `typed path ${c.typed.join(' / ')}`);
      assert.ok(JSON.stringify(card).includes(`https://learn.microsoft.com${c.segment}`), 'links in the locale');
      const verdict = catalogFor(c.locale).verdicts[c.typedVerdict as 'eligible'];
      assert.ok(
        textsOf(card).some((t) => t.includes(verdict)),
        `verdict "${verdict}" in the language`,
      );
    });

    it('reaches the right outcome by clicking cards', async () => {
      const chat = new Chat({ edition: '2020', locale: c.locale, channelId: 'webchat' });
      await chat.start();
      for (const option of c.clicked) await chat.answer(option);
      assert.deepEqual(resultOf(chat.lastCard()), { verdict: c.clickedVerdict, row: c.clickedRow });
    });

    it('formats the policy-change date the way the language does', async () => {
      const chat = new Chat({ edition: '2020', locale: c.locale });
      await chat.start();
      for (const option of ['global', 'ea', 'license', 'support', 'direct']) await chat.answer(option);
      const expected = new Intl.DateTimeFormat(c.locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2023, 9, 9)),
      );
      // Written with no-break spaces (a date is not split across lines, nor read as a list item).
      const written = expected.replace(/ /g, '\u00a0');
      assert.ok(
        textsOf(chat.lastCard()).some((t) => t.includes(written)),
        `date "${expected}"`,
      );
    });
  });
}

describe('switching language', () => {
  it('re-asks the current question in the new language without losing answers', async () => {
    const chat = new Chat({ locale: 'en-US' });
    await chat.start();
    await chat.answer('global');
    await chat.answer('ea');
    await chat.say('language');
    assert.ok(elementIds(chat.lastCard()).includes('language'));
    const names = textsOf(chat.lastCard());
    for (const name of ['English', 'Русский', 'Português (Brasil)', 'Magyar']) assert.ok(names.includes(name), `picker offers ${name}`);
    const replies = await chat.submit({ action: 'setLanguage', locale: 'hu-HU' });
    assert.equal(replies[0]!.text, catalogFor('hu-HU').language.changed);
    assert.equal(chat.currentQuestion().id, 'service');
    assert.ok(textsOf(chat.lastCard()).includes(catalogFor('hu-HU').questions.service.prompt));
    await chat.say('Azure');
    await chat.say('közvetlen számlázási partner');
    assert.deepEqual(resultOf(chat.lastCard()), { verdict: 'eligible', row: 'G3' });
  });

  it('understands the language command in every language', async () => {
    for (const word of ['язык', '语言', 'idioma', 'nyelv', 'language']) {
      const chat = new Chat({ locale: 'en-US' });
      await chat.start();
      await chat.say(word);
      assert.ok(elementIds(chat.lastCard()).includes('language'), word);
    }
  });

  it('keeps the choice for the user in other conversations, over what the client says', async () => {
    const storage = new MemoryStorage();
    const first = new Chat({ storage, locale: 'en-US', conversationId: 'one', userId: 'partner-7' });
    await first.start();
    await first.submit({ action: 'setLanguage', locale: 'pt-BR' });
    const second = new Chat({ storage, locale: 'en-US', conversationId: 'two', userId: 'partner-7' });
    await second.start();
    assert.ok(textsOf(second.lastCard()).includes(catalogFor('pt-BR').questions.cloud.prompt));
    const someoneElse = new Chat({ storage, locale: 'en-US', conversationId: 'three', userId: 'partner-8' });
    await someoneElse.start();
    assert.ok(textsOf(someoneElse.lastCard()).includes(catalogFor('en-US').questions.cloud.prompt));
  });

  it('follows the Teams client info locale when the activity has none', async () => {
    const chat = new Chat({ locale: '' });
    await chat.turn({ type: 'message', text: 'hi', locale: undefined as never, entities: [{ type: 'clientInfo', locale: 'zh-CN' }] });
    assert.ok(textsOf(chat.lastCard()).includes(catalogFor('zh-CN').questions.cloud.prompt));
  });

  it('falls back by language and then to English', async () => {
    for (const [tag, expected] of [
      ['pt-PT', 'pt-BR'],
      ['zh-TW', 'zh-CN'],
      ['de-DE', 'en-US'],
      ['xx', 'en-US'],
    ] as const) {
      const chat = new Chat({ locale: tag });
      await chat.say('hi');
      assert.ok(textsOf(chat.lastCard()).includes(catalogFor(expected).questions.cloud.prompt), `${tag} → ${expected}`);
    }
  });
});
