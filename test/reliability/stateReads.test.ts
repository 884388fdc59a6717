// A turn's two state reads, the conversation's and the user's (the locale's profile), go to the
// storage together: with a storage that takes its time, as a production one does, the user's read
// starts before the conversation's is back, and the profile is still read once a turn.
import { strict as assert } from 'assert';
import { MemoryStorage, StoreItems } from 'botbuilder';
import { HttpChat, conversationKey } from '../support/httpChat';
import { InProcess, startInProcess } from '../support/inProcess';

/** MemoryStorage whose reads take 20 ms, each one's start and end noted in order. */
class SlowReads extends MemoryStorage {
  events: string[] = [];
  override async read(keys: string[]): Promise<StoreItems> {
    const what = keys.join(',');
    this.events.push(`start ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const items = await super.read(keys);
    this.events.push(`end ${what}`);
    return items;
  }
}

describe("A turn's state reads", function () {
  this.timeout(30_000);
  let bot: InProcess;
  let storage: SlowReads;

  before(async () => {
    storage = new SlowReads();
    bot = await startInProcess({}, { storage });
  });
  after(() => bot.stop());

  it("reads the user's profile alongside the conversation, each once a turn", async () => {
    const chat = new HttpChat(bot.base, 'reads-together');
    await chat.say('hello');
    const question = chat.currentQuestion();
    storage.events = [];
    const turn = await chat.post(chat.answerActivity(question.options[0]!, question));
    assert.equal(turn.status, 200);
    const conversation = conversationKey(chat.channelId, chat.conversationId);
    const user = `${chat.channelId}/users/user-${chat.conversationId}/`;
    const log = storage.events.join('\n');
    // Both reads under way before either is back.
    const firstBack = storage.events.findIndex((e) => e.startsWith('end '));
    assert.deepEqual(storage.events.slice(0, firstBack).sort(), [`start ${conversation}`, `start ${user}`], log);
    // The profile read once (the conversation is read again by this plain storage's conditional write).
    assert.equal(storage.events.filter((e) => e === `start ${user}`).length, 1, log);
  });
});
