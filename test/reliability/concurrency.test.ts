// Concurrency inside one process and against a simulated second instance: parallel submits,
// channel retries of the same activity, eTag conflicts (retried, never clearing the state),
// undeliverable replies (undone, 503) and the ids of replies sent during a turn (delivered before
// the turn's one write, never twice when that write loses a race, withdrawn when it fails).
import { strict as assert } from 'assert';
import { MemoryStorage, Storage, StoreItems } from 'botbuilder';
import { HttpChat, Reply, conversationItem, conversationKey, isStaleNotice, questionOf } from '../support/httpChat';
import { InProcess, startInProcess } from '../support/inProcess';
import { Delivered, StandInConnector } from '../../bench/standInConnector';
import { checkAnswers, record } from '../support/figures';
import { postJson } from '../support/http';
import { cardOf } from '../support/chat';

/** MemoryStorage plus a second "instance" that overwrites a conversation right after we read it. */
class InterferingStorage implements Storage {
  readonly inner = new MemoryStorage();
  /** Reads of this key after which another writer bumps the item; Infinity = every read. */
  interferences = 0;
  interfered = 0;
  key = '';

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    if (this.interferences > 0 && keys.includes(this.key) && items[this.key]) {
      this.interferences -= 1;
      this.interfered += 1;
      const { eTag: _ignored, ...content } = items[this.key] as Record<string, unknown>;
      await this.inner.write({ [this.key]: { ...content, eTag: '*' } });
    }
    return items;
  }
  write(changes: StoreItems): Promise<void> {
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

function accepted(replies: { replies: Parameters<typeof isStaleNotice>[0][] }[]): number {
  return replies.filter((t) => t.replies.length > 0 && !t.replies.some(isStaleNotice)).length;
}

/** The option of the one submit the bot took as the answer. */
function acceptedOption(activities: Record<string, unknown>[], turns: { replies: Parameters<typeof isStaleNotice>[0][] }[], question: string): string {
  const index = turns.findIndex((t) => t.replies.length > 0 && !t.replies.some(isStaleNotice));
  return (activities[index]!.value as Record<string, string>)[question]!;
}

describe('Concurrency in one process', function () {
  this.timeout(60_000);
  let bot: InProcess;
  let storage: InterferingStorage;

  before(async () => {
    storage = new InterferingStorage();
    bot = await startInProcess({ LOG_LEVEL: 'debug' }, { storage });
  });
  after(() => bot.stop());

  it('takes exactly one of 50 parallel submits of the same card, then one of 50 different cards', async () => {
    const chat = new HttpChat(bot.base, 'parallel-memory');
    await chat.say('hello');
    const q1 = chat.currentQuestion();
    const clicks = Array.from({ length: 50 }, (_, i) => chat.answerActivity(q1.options[i % q1.options.length]!, q1));
    const same = await Promise.all(clicks.map((a) => chat.post(a)));
    assert.ok(same.every((t) => t.status === 200));
    assert.equal(accepted(same), 1, 'one submit is the answer, 49 are stale');
    const given: Record<string, string> = { [q1.id]: acceptedOption(clicks, same, q1.id) };
    let flow = (await chat.flow(storage))!;
    assert.equal(Object.keys(flow.answers).length, 1);
    assert.deepEqual(flow.history, [q1.id]);
    assert.equal(flow.seq, 2);

    // Different cards: the current one (every option), the old one, forged tokens.
    const q2 = chat.currentQuestion();
    const mixed = Array.from({ length: 50 }, (_, i) => {
      if (i % 3 === 0) return chat.answerActivity(q2.options[i % q2.options.length]!, q2);
      if (i % 3 === 1) return chat.answerActivity(q1.options[i % q1.options.length]!, q1);
      return chat.activity({ value: { ...q2.data, token: `${q2.token}${i}`, [q2.id]: q2.options[0] } });
    });
    const results = await Promise.all(mixed.map((a) => chat.post(a)));
    assert.equal(accepted(results), 1);
    given[q2.id] = acceptedOption(mixed, results, q2.id);
    flow = (await chat.flow(storage))!;
    assert.deepEqual(flow.history, [q1.id, q2.id]);
    assert.equal(flow.seq, 3);
    assert.deepEqual(checkAnswers(given, flow), { lost: 0, duplicated: 0 });
    record({ parallelSubmits: 100 });
  });

  it('acknowledges a retried activity (same id) with 200 and no second reply, in sequence and at once', async () => {
    const chat = new HttpChat(bot.base, 'retry-memory');
    await chat.say('hello');
    const click = chat.answerActivity(chat.currentQuestion().options[0]!);
    const first = await chat.post(click);
    const again = await chat.post(click);
    assert.equal(first.status, 200);
    assert.equal(first.replies.length, 1);
    assert.equal(again.status, 200);
    assert.equal(again.replies.length, 0);

    const text = chat.activity({ text: 'help' });
    const together = await Promise.all(Array.from({ length: 5 }, () => chat.post(text)));
    assert.deepEqual(
      together.map((t) => t.status),
      [200, 200, 200, 200, 200],
    );
    assert.equal(together.filter((t) => t.replies.length > 0).length, 1, 'exactly one copy answered');
    record({ duplicatesAcknowledged: 5 });
  });

  it('re-runs a turn whose state write lost a race, and records the answer once', async () => {
    const chat = new HttpChat(bot.base, 'conflict-once');
    await chat.say('hello');
    const q1 = chat.currentQuestion();
    const before = bot.app.turns.stats.conflictsRetried;
    storage.key = conversationKey('webchat', chat.conversationId);
    storage.interferences = 1;
    const turn = await chat.answer(q1.options[0]!);
    assert.equal(turn.status, 200);
    assert.equal(turn.replies.length, 1, 'one reply: the discarded attempt sent nothing');
    assert.equal(isStaleNotice(turn.replies[0]!), false);
    assert.equal(bot.app.turns.stats.conflictsRetried - before, 1);
    const flow = (await chat.flow(storage))!;
    assert.deepEqual(flow.history, [q1.id]);
    assert.deepEqual(checkAnswers({ [q1.id]: q1.options[0]! }, flow), { lost: 0, duplicated: 0 });
    record({ conflictsRetried: 1 });
  });

  it('answers 503 and keeps the state when conflicts never stop (no clearing, no error card)', async () => {
    const chat = new HttpChat(bot.base, 'conflict-always');
    await chat.say('hello');
    await chat.answer(chat.currentQuestion().options[0]!);
    const stored = (await chat.flow(storage))!;
    storage.key = conversationKey('webchat', chat.conversationId);
    storage.interferences = Infinity;
    const started = Date.now();
    const turn = await chat.answer(chat.currentQuestion().options[0]!);
    storage.interferences = 0;
    assert.equal(turn.status, 503);
    assert.equal(turn.replies.length, 0);
    const after = (await chat.flow(storage))!;
    assert.deepEqual(after.answers, stored.answers, 'answers kept');
    assert.equal(after.seq, stored.seq);
    assert.ok(bot.lines.some((l) => l.msg === 'turn abandoned: the conversation state kept changing under it'));
    assert.ok(!bot.lines.some((l) => l.msg === 'turn failed'), 'the clearing error policy did not run');
    // The card is still valid afterwards.
    const retry = await chat.answer(chat.currentQuestion().options[0]!);
    assert.equal(retry.status, 200);
    assert.equal(isStaleNotice(retry.replies[0]!), false);
    process.stdout.write(`      503 after ${bot.app.turns.stats.abandoned} abandoned turn(s), ${Date.now() - started} ms of retries\n`);
  });
});

/** MemoryStorage that counts the writes of each key, and can play a second instance or a failing store. */
class CountingStorage extends MemoryStorage {
  readonly writes = new Map<string, number>();
  /** Every write, as the key and the JSON written. */
  readonly written: { key: string; json: string }[] = [];
  /** Reads of `key` after which another writer rewrites it (a second instance's turn landing first). */
  interferences = 0;
  /** Writes of `key` that fail as an unreachable store would. */
  failures = 0;
  key = '';
  override async read(keys: string[]): Promise<StoreItems> {
    const items = await super.read(keys);
    if (this.interferences > 0 && keys.includes(this.key) && items[this.key]) {
      this.interferences -= 1;
      const { eTag: _ignored, ...content } = items[this.key] as Record<string, unknown>;
      await super.write({ [this.key]: { ...content, eTag: '*' } });
    }
    return items;
  }
  override write(changes: StoreItems): Promise<void> {
    if (this.failures > 0 && this.key in changes) {
      this.failures -= 1;
      return Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    }
    for (const key of Object.keys(changes)) this.writes.set(key, (this.writes.get(key) ?? 0) + 1);
    for (const [key, item] of Object.entries(changes)) this.written.push({ key, json: JSON.stringify(item) });
    return super.write(changes);
  }
}

describe('Reply delivery through the connector', function () {
  this.timeout(60_000);
  let bot: InProcess;
  let connector: StandInConnector;
  const storage = new CountingStorage();

  before(async () => {
    connector = await StandInConnector.start({ log: true });
    bot = await startInProcess({ LOG_LEVEL: 'debug' }, { storage });
  });
  after(async () => {
    await bot.stop();
    await connector.close();
  });

  function teams(conversationId: string): HttpChat {
    return new HttpChat(bot.base, conversationId, {
      channelId: 'msteams',
      extra: { serviceUrl: connector.url, deliveryMode: undefined },
    });
  }

  /**
   * A Teams chat with the bot just installed: the install's response, the first question card as
   * delivered, its first choice, and a click on that choice.
   */
  async function installedInTeams(conversationId: string): Promise<{
    chat: HttpChat;
    install: Awaited<ReturnType<HttpChat['post']>>;
    questionPost: Delivered;
    choice: { id: string; title: string; value: string };
    click: () => Record<string, unknown>;
  }> {
    const chat = teams(conversationId);
    const install = await chat.post(chat.activity({ type: 'installationUpdate', action: 'add' }));
    const questionPost = connector.messagesTo(chat.conversationId).find((d) => JSON.stringify(d.activity).includes('Input.ChoiceSet'))!;
    const card = cardOf(questionPost.activity as never)!;
    const submit = card.actions!.find((a) => a.data?.action === 'answer')!.data!;
    const choiceSet = (card.body ?? []).find((e) => e.type === 'Input.ChoiceSet')!;
    const first = choiceSet.choices![0]!;
    const choice = { id: choiceSet.id!, title: first.title, value: first.value };
    const click = (): Record<string, unknown> => chat.activity({ value: { ...submit, [choice.id]: choice.value }, replyToId: questionPost.assignedId });
    return { chat, install, questionPost, choice, click };
  }

  it("keeps the real id of the question card in the turn's one write, and updates the right card", async () => {
    const from = storage.written.length;
    const { chat, install, questionPost, choice } = await installedInTeams('a:teams-receipts');
    assert.equal(install.status, 200);
    assert.ok(questionPost, 'the question card reached the connector');
    const key = conversationKey('msteams', chat.conversationId);
    assert.equal(storage.written.slice(from).filter((w) => w.key === key).length, 1, 'one write of the conversation');
    const stored = JSON.stringify(await conversationItem(storage, 'msteams', chat.conversationId));
    assert.ok(!stored.includes('pending-reply:'), 'no placeholder left in the state');
    assert.ok(stored.includes(questionPost.assignedId!), 'the real id of the question card is stored');

    // A typed answer turns that very card into a receipt.
    const typed = await chat.say(choice.title);
    assert.equal(typed.status, 200);
    const update = connector.delivered.find((d) => d.method === 'PUT' && d.conversationId === chat.conversationId);
    assert.equal(update?.activityId, questionPost.assignedId);
  });

  it("writes a question card's state once, after its delivery: every write holds the real id", async () => {
    const from = storage.written.length;
    const { chat, questionPost } = await installedInTeams('a:teams-delivered-id');
    const key = conversationKey('msteams', chat.conversationId);
    const kept = storage.written
      .slice(from)
      .filter((w) => w.key === key)
      .map((w) => /"questionActivityId":"([^"]*)"/.exec(w.json)?.[1]);
    assert.deepEqual(kept, [questionPost.assignedId], 'one write, with the id the channel gave the card');
  });

  it('runs a turn that delivered before its write again after a lost race, without a second message', async () => {
    const { chat, click } = await installedInTeams('a:teams-lost-race');
    const before = bot.app.turns.stats.conflictsRetried;
    const from = connector.delivered.length;
    storage.key = conversationKey('msteams', chat.conversationId);
    storage.interferences = 1;
    const answered = await postJson(`${bot.base}/api/messages`, click());
    storage.interferences = 0;
    assert.equal(answered.status, 200);
    assert.equal(bot.app.turns.stats.conflictsRetried - before, 1, 'the first run lost its write');
    const calls = connector.delivered.slice(from).filter((d) => d.conversationId === chat.conversationId);
    const posts = calls.filter((d) => d.method === 'POST');
    assert.equal(posts.length, 1, 'the next question was posted once');
    assert.ok(!calls.some((d) => d.method === 'DELETE'), 'nothing withdrawn');
    const stored = JSON.stringify(await conversationItem(storage, 'msteams', chat.conversationId));
    assert.ok(stored.includes(`"questionActivityId":"${posts[0]!.assignedId}"`), 'the card posted by the first run is the live one');
    const flow = (await chat.flow(storage))!;
    assert.equal(flow.history.length, 1, 'answered once');
  });

  it('withdraws what it delivered when its write fails, answers 503, and the retry answers once', async () => {
    const { chat, click } = await installedInTeams('a:teams-write-fails');
    const before = JSON.stringify((await conversationItem(storage, 'msteams', chat.conversationId))!.advisor);
    const from = connector.delivered.length;
    storage.key = conversationKey('msteams', chat.conversationId);
    storage.failures = 1;
    const activity = click();
    const failed = await postJson(`${bot.base}/api/messages`, activity);
    storage.failures = 0;
    assert.equal(failed.status, 503);
    const after = JSON.stringify((await conversationItem(storage, 'msteams', chat.conversationId))!.advisor);
    assert.equal(after, before, 'nothing written');
    const calls = connector.delivered.slice(from).filter((d) => d.conversationId === chat.conversationId);
    const posted = calls.find((d) => d.method === 'POST');
    assert.ok(posted, 'the next question went out before the write');
    assert.ok(
      calls.some((d) => d.method === 'DELETE' && d.activityId === posted.assignedId),
      `the message was withdrawn: ${calls.map((d) => `${d.method} ${d.activityId ?? ''}`).join(', ')}`,
    );

    // The channel's retry of the same activity runs the turn afresh.
    const retried = await postJson(`${bot.base}/api/messages`, activity);
    assert.equal(retried.status, 200);
    assert.equal((await chat.flow(storage))!.history.length, 1, 'answered once, on the retry');
  });

  it('sends a receipt alongside the next question, not before it, and still within the turn', async () => {
    const { chat, click } = await installedInTeams('a:teams-receipt-alongside');
    const from = connector.events.length;
    connector.delayMs = 150;
    let answered;
    try {
      answered = await postJson(`${bot.base}/api/messages`, click());
    } finally {
      connector.delayMs = 0;
    }
    assert.equal(answered.status, 200);
    const events = connector.events.slice(from).filter((e) => e.endsWith(chat.conversationId));
    const at = (event: string): number => events.indexOf(`${event} ${chat.conversationId}`);
    assert.ok(at('in PUT') >= 0 && at('in POST') >= 0, events.join(', '));
    assert.ok(at('in POST') < at('out PUT'), `the next question went out before the receipt was answered: ${events.join(', ')}`);
    // The bot answered the channel only after both calls were answered.
    assert.ok(at('out PUT') >= 0 && at('out POST') >= 0, events.join(', '));
  });

  it('writes the state of a Web Chat turn once: no reply id to fill in where cards cannot be updated', async () => {
    const chat = new HttpChat(bot.base, 'a:webchat-one-write', { channelId: 'webchat', extra: { serviceUrl: connector.url, deliveryMode: undefined } });
    const key = conversationKey('webchat', chat.conversationId);
    const lastReply = (): Reply => connector.messagesTo(chat.conversationId).at(-1)!.activity as unknown as Reply;
    assert.equal((await chat.say('hi')).status, 200);
    for (let turn = 1; turn <= 3; turn += 1) {
      const question = questionOf(lastReply());
      assert.ok(question, `a question card before answer ${turn}`);
      const before = storage.writes.get(key) ?? 0;
      const answered = await chat.post(chat.activity({ value: { ...question.data, [question.id]: question.options[0] } }));
      assert.equal(answered.status, 200);
      assert.equal(isStaleNotice(lastReply()), false, `answer ${turn} was taken`);
      assert.equal((storage.writes.get(key) ?? 0) - before, 1, `answer ${turn}: one state write`);
    }
    const stored = JSON.stringify(await conversationItem(storage, 'webchat', chat.conversationId));
    assert.ok(!stored.includes('questionActivityId') && !stored.includes('msg-'), 'no reply id kept');
  });

  it('writes nothing and answers 503 when no reply can be delivered; the same card works afterwards', async () => {
    const { chat, choice, click } = await installedInTeams('a:teams-undeliverable');

    const before = JSON.stringify((await conversationItem(storage, 'msteams', chat.conversationId))!.advisor);
    connector.failWith = 403;
    const failed = await postJson(`${bot.base}/api/messages`, click());
    connector.failWith = undefined;
    assert.equal(failed.status, 503);
    const after = JSON.stringify((await conversationItem(storage, 'msteams', chat.conversationId))!.advisor);
    assert.equal(after, before, 'the answer was not kept');
    // The next question's id is kept, so the turn delivers before its write: nothing to undo.
    assert.ok(bot.lines.some((l) => l.msg === 'reply could not be delivered' && l.written === false));

    const ok = await postJson(`${bot.base}/api/messages`, click());
    assert.equal(ok.status, 200);
    const flow = (await chat.flow(storage))!;
    assert.equal(flow.history.length, 1, 'answered once, on the retry');
    assert.deepEqual(checkAnswers({ [choice.id]: choice.value }, flow), { lost: 0, duplicated: 0 });
  });

  it('undoes the answer of a turn that wrote first (Web Chat) and answers 503 when its reply cannot be delivered', async () => {
    const chat = new HttpChat(bot.base, 'a:webchat-undeliverable', { channelId: 'webchat', extra: { serviceUrl: connector.url, deliveryMode: undefined } });
    assert.equal((await chat.say('hi')).status, 200);
    const question = questionOf(connector.messagesTo(chat.conversationId).at(-1)!.activity as unknown as Reply)!;
    const before = JSON.stringify((await conversationItem(storage, 'webchat', chat.conversationId))!.advisor);
    const key = conversationKey('webchat', chat.conversationId);
    const writes = storage.writes.get(key) ?? 0;
    connector.failWith = 403;
    const failed = await chat.post(chat.activity({ value: { ...question.data, [question.id]: question.options[0] } }));
    connector.failWith = undefined;
    assert.equal(failed.status, 503);
    assert.equal((storage.writes.get(key) ?? 0) - writes, 2, 'the answer written, then taken back');
    assert.equal(JSON.stringify((await conversationItem(storage, 'webchat', chat.conversationId))!.advisor), before, 'the answer was taken back');
    assert.ok(bot.lines.some((l) => l.msg === 'reply could not be delivered' && l.undone === true));
  });
});
