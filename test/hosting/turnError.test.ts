// A defect in a turn: the user gets a friendly message in their language (no developer text),
// the error is logged with a correlation id (never the message text), and the conversation is
// cleared so the next message starts cleanly.
import { strict as assert } from 'assert';
import { createAdvisorBot, createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { catalogFor } from '../../src/domain/textCatalog';
import { expectRepliesActivity, postJson } from '../support/http';
import { cardOf, elementIds, textsOf } from '../support/chat';
import { captureLogger } from '../support/inProcess';

const TRIGGER = 'please fail on purpose';

describe('turn errors', () => {
  const { logger, lines } = captureLogger('info');
  const app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'info', WEBCHAT_ENABLED: 'false' }), {
    logger,
    // The advisor with one deliberate defect, reached by a message nobody would type.
    bot: (states, config) => {
      const bot = createAdvisorBot(states, config);
      const run = bot.run.bind(bot);
      bot.run = async (context) => {
        await run(context);
        if (context.activity.text === TRIGGER) throw new Error('simulated defect with a stack');
      };
      return bot;
    },
  });
  let base = '';
  before(async () => {
    base = `http://127.0.0.1:${await app.listen()}`;
  });
  after(() => app.close());

  type Replies = { activities: Parameters<typeof cardOf>[0][] };
  const say = async (text: string): Promise<Replies['activities']> => {
    const res = await postJson(`${base}/api/messages`, expectRepliesActivity('defect', { text, locale: 'ru-RU' }));
    assert.equal(res.status, 200, res.text);
    return (res.json as Replies).activities;
  };

  it("apologises in the user's language, logs a correlation id, and starts the next message afresh", async () => {
    await say('hi');
    await say('коммерческое облако');
    const failed = await say(TRIGGER);
    const notice = failed.map(cardOf).find((card) => card && elementIds(card).includes('notice-error'));
    assert.ok(notice, 'an error card');
    assert.ok(textsOf(notice).includes(catalogFor('ru-RU').messages.error));
    assert.ok(!JSON.stringify(notice).includes('simulated defect'), 'no developer text for the user');

    const logged = lines.find((l) => l.msg === 'turn failed');
    assert.ok(logged && typeof logged.correlationId === 'string' && logged.correlationId.length > 0);
    assert.ok(!JSON.stringify(lines).includes(TRIGGER), 'the message text is never logged');

    const next = await say('hi');
    const question = next.map(cardOf).find((card) => card && elementIds(card).includes('prompt-cloud'));
    assert.ok(question, 'the conversation starts again at the first question');
  });

  it('apologises in the language the user picked, even when the client reports another', async () => {
    // The user chose Russian earlier (user state); their client says English.
    await app.storage.write({ 'webchat/users/user-picked-russian/': { profile: { locale: 'ru-RU' } } });
    const post = async (text: string): Promise<Replies['activities']> => {
      const res = await postJson(
        `${base}/api/messages`,
        expectRepliesActivity('defect-picked', { text, locale: 'en-US', from: { id: 'user-picked-russian' } }),
      );
      assert.equal(res.status, 200, res.text);
      return (res.json as Replies).activities;
    };
    const greeting = await post('hi');
    assert.ok(
      greeting.some((a) => a?.locale === 'ru-RU'),
      'the bot answers in the chosen language',
    );
    const failed = await post(TRIGGER);
    const notice = failed.map(cardOf).find((card) => card && elementIds(card).includes('notice-error'));
    assert.ok(notice, 'an error card');
    assert.ok(textsOf(notice).includes(catalogFor('ru-RU').messages.error), 'the error message in Russian');
  });
});
