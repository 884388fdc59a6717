// Teams behaviour in shared conversations: group chats (meeting chats too) and channels.
import { strict as assert } from 'assert';
import { Entity, MemoryStorage } from 'botbuilder';
import { Chat, cardOf, elementIds } from '../support/chat';

const BOT = { id: 'advisor-bot', name: 'Advisor' };

function mention(text: string): { text: string; entities: Entity[] } {
  return { text: `<at>Advisor</at> ${text}`, entities: [{ type: 'mention', text: '<at>Advisor</at>', mentioned: BOT }] };
}

for (const conversationType of ['groupChat', 'channel'] as const) {
  describe(`Teams ${conversationType}`, () => {
    it('ignores messages that do not mention the bot', async () => {
      const chat = new Chat({ conversationType });
      assert.equal((await chat.say('hello everyone')).length, 0);
      assert.equal((await chat.say('help')).length, 0);
    });

    it('answers when mentioned, without the mention in the text it reads', async () => {
      const chat = new Chat({ conversationType });
      const replies = await chat.say('', mention('help'));
      assert.ok(elementIds(cardOf(replies[0])!).includes('help'), 'the mention was stripped, "help" recognised');
    });

    it('answers a mention whose entity is missing, with extra whitespace', async () => {
      const chat = new Chat({ conversationType });
      const replies = await chat.say('  <at>Advisor</at>   \n  help  ');
      assert.ok(replies.length >= 1);
      assert.ok(elementIds(cardOf(replies[0])!).includes('help'));
    });

    it('does not treat a mention of someone else as addressed to the bot', async () => {
      const chat = new Chat({ conversationType });
      const replies = await chat.say('<at>Dana</at> can you check?', {
        entities: [{ type: 'mention', text: '<at>Dana</at>', mentioned: { id: 'user-dana', name: 'Dana' } }],
      });
      assert.equal(replies.length, 0);
    });

    it('posts one short welcome when installed, not one per member and no question', async () => {
      const chat = new Chat({ conversationType });
      const install = [
        ...(await chat.turn({ type: 'conversationUpdate', membersAdded: [BOT, { id: 'user-2', name: 'Two' }, { id: 'user-3', name: 'Three' }] })),
        ...(await chat.turn({ type: 'installationUpdate', action: 'add' })),
      ];
      assert.equal(install.length, 1);
      assert.ok(elementIds(cardOf(install[0])!).includes('welcome'));
      const join = await chat.turn({ type: 'conversationUpdate', membersAdded: [{ id: 'user-4', name: 'Four' }] });
      assert.equal(join.length, 0);
      const first = await chat.say('', mention('hi'));
      assert.equal(first.length, 1, 'the first question, without a second welcome');
      assert.equal(chat.currentQuestion().id, 'cloud');
    });

    it('takes card clicks without a mention', async () => {
      const chat = new Chat({ conversationType });
      await chat.say('', mention('start'));
      await chat.answer('global');
      assert.equal(chat.currentQuestion().id, 'channel');
    });
  });
}

describe('Teams channel threads', () => {
  it('keeps a separate case per thread, so two agents do not mix answers', async () => {
    const storage = new MemoryStorage();
    const a = new Chat({ conversationType: 'channel', storage, conversationId: '19:team@thread.tacv2;messageid=1001', userId: 'agent-a' });
    const b = new Chat({ conversationType: 'channel', storage, conversationId: '19:team@thread.tacv2;messageid=2002', userId: 'agent-b' });
    await a.say('', mention('hi'));
    await b.say('', mention('hi'));
    await a.answer('china');
    await b.answer('global');
    assert.deepEqual(a.currentQuestion().options, ['vianet', 'formerAdvisor', 'other']);
    assert.ok(b.currentQuestion().options.includes('ea'));
    await a.answer('vianet');
    assert.equal(a.currentQuestion().id, 'service');
    assert.equal(b.currentQuestion().id, 'channel');
  });

  it('replies in the conversation (thread) it was asked in', async () => {
    const thread = '19:team@thread.tacv2;messageid=3003';
    const chat = new Chat({ conversationType: 'channel', conversationId: thread });
    const replies = await chat.say('', mention('help'));
    for (const reply of replies) assert.equal(reply.conversation?.id, thread);
  });
});

describe('Handlers registered on the bot', () => {
  it('still run, after the advisor answered, when someone registers a Turn or Message handler', async () => {
    const chat = new Chat({ channelId: 'webchat' });
    const seen: string[] = [];
    chat.bot.onTurn(async (_context, next) => {
      seen.push('turn');
      await next();
    });
    chat.bot.onMessage(async (_context, next) => {
      seen.push('message');
      await next();
    });
    const replies = await chat.say('help');
    assert.ok(elementIds(cardOf(replies[0])!).includes('help'), 'the advisor answered');
    assert.deepEqual(seen, ['turn', 'message']);
  });

  it('run on a card click too, which is answered as without them', async () => {
    const answers: { status: number; body: unknown }[] = [];
    for (const withHandler of [false, true]) {
      const chat = new Chat();
      let turns = 0;
      if (withHandler) {
        chat.bot.onTurn(async (_context, next) => {
          turns += 1;
          await next();
        });
      }
      await chat.say('hi');
      const answered = await chat.executeAnswer('global');
      // Step tokens carry the case's random id: everything else must be the same.
      answers.push(JSON.parse(JSON.stringify({ status: answered.status, body: answered.body }).replace(/"token":"[^"]*"/g, '"token":""')) as never);
      assert.equal(chat.currentQuestion().id, 'channel', 'the click took effect');
      assert.equal(turns, withHandler ? 2 : 0);
    }
    assert.equal(answers[0]!.status, 200);
    assert.match(JSON.stringify(answers[0]), /Action\.Execute/);
    assert.deepEqual(answers[1], answers[0]);
  });
});
