// Teams behaviour in shared conversations: group chats (meeting chats too) and channels.
import { strict as assert } from 'assert';
import { Activity, Entity, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import enUS from '../../content/texts/en-US.json';
import { Chat, cardOf, elementIds } from '../support/chat';
import { flowStateOf } from '../support/httpChat';
import { OUTSIDE_ROUTE_TABLE } from '../../src/hosting/routes/bot';

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

describe("Teams group chat: typed messages never act on someone else's case", () => {
  const ASKER = { id: '29:asker', name: 'Alex Wilber' };
  const OTHER = { id: '29:colleague', name: 'Dana Rossi' };
  const GROUP = '19:typed@thread.v2';
  const said = (text: string, from: { id: string; name: string }): Partial<Activity> => ({ ...mention(text), from });

  async function groupCase(): Promise<{ chat: Chat; storage: MemoryStorage }> {
    const storage = new MemoryStorage();
    const chat = new Chat({ conversationType: 'groupChat', storage, conversationId: GROUP, userId: ASKER.id, botId: BOT.id });
    await chat.say('', said('start', ASKER));
    await chat.executeAnswer('global', { from: ASKER });
    await chat.executeAnswer('ea', { from: ASKER });
    return { chat, storage };
  }

  it('answers a colleague\'s "start over", "cancel" or typed answer with the read-only view, and the asker\'s case stays theirs', async () => {
    const { chat, storage } = await groupCase();
    const before = await flowStateOf(storage, 'msteams', GROUP);
    assert.ok(JSON.stringify(before).includes(ASKER.id), "the case is the asker's");
    for (const text of ['start over', 'cancel', 'usage']) {
      const replies = await chat.say('', said(text, OTHER));
      assert.equal(replies.length, 1, `"${text}": one reply`);
      const card = cardOf(replies[0])!;
      assert.ok(elementIds(card).includes('case-view'), `"${text}": the read-only view`);
      const shown = JSON.stringify(card);
      assert.ok(shown.includes(enUS.caseView.checking.replace('{name}', ASKER.name)), `"${text}": says who is checking`);
      assert.ok(shown.includes(enUS.caseView.typedHint), `"${text}": says their message changed nothing`);
      assert.deepEqual(await flowStateOf(storage, 'msteams', GROUP), before, `"${text}": the case is exactly as it was`);
    }
    assert.equal(chat.updates.length, 0, "no receipt: the asker's card is left alone");
    // The asker goes on where they were, by click and by typing.
    await chat.executeAnswer('usage', { from: ASKER });
    await chat.say('', said('indirect reseller', ASKER));
    assert.equal((await flowStateOf(storage, 'msteams', GROUP))?.phase, 'result');
  });

  it('refuses a sender id it cannot use (over 256 characters): no case changes, nothing is posted', async () => {
    const { chat, storage } = await groupCase();
    const before = await flowStateOf(storage, 'msteams', GROUP);
    // (A message without a sender id is refused before it reaches the bot: reliability/fuzz.test.ts.)
    const nobody = { id: 'x'.repeat(257), name: 'Nobody' };
    assert.deepEqual(await chat.say('', said('start over', nobody)), [], 'no reply to a message');
    const q = chat.currentQuestion();
    const clicked = await chat.execute({ ...q.data, [q.id]: 'usage' }, { replyToId: q.activityId!, from: nobody });
    assert.equal(clicked.status, 400);
    assert.deepEqual(clicked.posted, []);
    assert.deepEqual(await flowStateOf(storage, 'msteams', GROUP), before, 'the case is exactly as it was');
  });
});

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
  it('are refused: the route table is the one list of what the bot answers', () => {
    const chat = new Chat({ channelId: 'webchat' });
    const noop = async (_context: TurnContext, next: () => Promise<void>) => next();
    assert.throws(
      () => chat.bot.onTurn(noop),
      (e: Error) => e.message === OUTSIDE_ROUTE_TABLE,
    );
    assert.throws(() => chat.bot.onMessage(noop), /route table/);
    assert.throws(() => chat.bot.onMembersAdded(noop), /route table/);
  });

  it("refuses a turn without an activity type as botbuilder's run does", async () => {
    const chat = new Chat({ channelId: 'webchat' });
    const context = new TurnContext(new TestAdapter(), { channelId: 'webchat', conversation: { id: 'c' } } as Partial<Activity>);
    await assert.rejects(chat.bot.run(context), /Activity is missing its type/);
  });
});
