// What the local connector refuses before it keeps the bot's activity (protocols/directline/botCalls.ts),
// from a table written by hand: the first refusal that applies, in order.
import { strict as assert } from 'assert';
import { botCallRefusal } from '../../../src/protocols/directline/botCalls';

describe("Local Direct Line: the bot's calls", () => {
  it('refuses a caller that is not the bot first, then an ended conversation, then a body with no type', () => {
    const rows: [boolean, boolean, unknown, string | undefined][] = [
      [true, true, { type: 'message' }, undefined],
      [false, true, { type: 'message' }, 'notTheBot'],
      [false, false, 'junk', 'notTheBot'],
      [true, false, { type: 'message' }, 'conversationEnded'],
      [true, false, 'junk', 'conversationEnded'],
      [true, true, { text: 'no type' }, 'notBotActivity'],
      [true, true, { type: '' }, undefined],
      [true, true, { type: 'x'.repeat(65) }, 'notBotActivity'],
      [true, true, { type: 'x'.repeat(64) }, undefined],
      [true, true, ['message'], 'notBotActivity'],
      [true, true, undefined, 'notBotActivity'],
    ];
    for (const [isBot, conversationFound, body, expected] of rows) {
      assert.equal(botCallRefusal({ isBot, conversationFound, body })?.kind, expected, JSON.stringify([isBot, conversationFound, body]));
    }
  });
});
