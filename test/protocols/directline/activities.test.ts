// What the local Direct Line puts around an activity (protocols/directline/activities.ts), from
// tables written by hand.
import { strict as assert } from 'assert';
import { botActivity, clientActivity, conversationInfo, startActivity } from '../../../src/protocols/directline/activities';

const NOW = new Date('2026-11-26T09:00:00.000Z');
const BOT = { id: 'bot', name: 'Advisor' };
const c = { id: 'conv', userId: 'dl_user', locale: 'ru-RU' as string | undefined };
const around = { channelId: 'directline', conversation: { id: 'conv' }, timestamp: '2026-11-26T09:00:00.000Z' };

describe('Local Direct Line: what it puts around an activity', () => {
  it("starts a conversation with both members added, in the start's locale, else the token's, else none", () => {
    const rows: [unknown, string | undefined, string | undefined][] = [
      [{ locale: 'zh-CN' }, 'ru-RU', 'zh-CN'],
      [{ locale: 'pt-br' }, 'ru-RU', 'pt-BR'],
      [{ locale: 'xx-XX' }, 'ru-RU', 'ru-RU'],
      [undefined, 'ru-RU', 'ru-RU'],
      ['not an object', undefined, undefined],
    ];
    for (const [body, kept, expected] of rows) {
      const user = { id: 'dl_user', role: 'user' };
      assert.deepEqual(
        startActivity({ ...c, locale: kept }, BOT, body, NOW),
        {
          ...around,
          type: 'conversationUpdate',
          id: 'conv|start',
          from: user,
          recipient: BOT,
          membersAdded: [BOT, user],
          ...(expected ? { locale: expected } : {}),
        },
        JSON.stringify(body),
      );
    }
  });

  it("sends a client's activity from the conversation's user to the bot, whatever it says of either", () => {
    assert.deepEqual(clientActivity(c, BOT, { type: 'message', text: 'hi', from: { id: 'someone else' }, channelId: 'msteams' }, NOW), {
      type: 'message',
      text: 'hi',
      ...around,
      from: { id: 'dl_user', role: 'user' },
      recipient: BOT,
    });
  });

  it("keeps the bot's sender marked the bot, and never the id or service URL it sent", () => {
    const rows: [Record<string, unknown>, Record<string, unknown>][] = [
      [
        { type: 'message', id: 'x', serviceUrl: 'http://127.0.0.1/x', from: { id: 'bot-2', name: 'B' } },
        { type: 'message', ...around, from: { id: 'bot-2', name: 'B', role: 'bot' } },
      ],
      [
        { type: 'message', from: { name: 'no id' } },
        { type: 'message', ...around, from: BOT },
      ],
      [{ type: 'typing' }, { type: 'typing', ...around, from: BOT }],
    ];
    for (const [body, expected] of rows) assert.deepEqual(botActivity(c, BOT, body, NOW), expected);
  });

  it("answers Direct Line's Conversation object, the token living as long as the idle time", () => {
    assert.deepEqual(conversationInfo(c, 'tok', 30 * 60_000), { conversationId: 'conv', token: 'tok', expires_in: 1800 });
    assert.deepEqual(conversationInfo(c, 'tok', 1_499), { conversationId: 'conv', token: 'tok', expires_in: 1 });
  });
});
