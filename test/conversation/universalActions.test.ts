// Teams' own card model: buttons are Action.Execute, a click is an adaptiveCard/action invoke
// answered with the updated card for the clicked message (no edit request), refresh gives the
// asker the live card and everyone else a read-only view, errors are Universal Actions errors.
import { strict as assert } from 'assert';
import { Activity, Entity } from 'botbuilder';
import enUS from '../../content/texts/en-US.json';
import ruRU from '../../content/texts/ru-RU.json';
import { CountingStorage } from '../support/countingStorage';
import { CardJson, Chat, ExecuteResult, cardOf, elementIds, findElements, resultOf } from '../support/chat';
import { flowStateOf } from '../support/httpChat';

const BOT = { id: '28:advisor-bot', name: 'Advisor' };
const ASKER = { id: '29:asker', name: 'Alex Wilber' };
const OTHER = { id: '29:colleague', name: 'Dana Rossi' };
const G1 = ['global', 'microsoft', 'license', 'support', 'direct'];

function mention(text: string): { text: string; entities: Entity[]; from: typeof ASKER } {
  return { text: `<at>Advisor</at> ${text}`, entities: [{ type: 'mention', text: '<at>Advisor</at>', mentioned: BOT }], from: ASKER };
}

function cardIn(result: ExecuteResult): CardJson {
  assert.equal(result.status, 200);
  assert.equal(result.body.type, 'application/vnd.microsoft.card.adaptive');
  return result.body.value as CardJson;
}

function actionTypes(card: CardJson): string[] {
  return (card.actions ?? []).map((a) => a.type);
}

async function startCase(chat: Chat, shared: boolean): Promise<void> {
  const first = shared ? await chat.say('', mention('start')) : await chat.say('start', { from: ASKER });
  assert.ok(
    first.some((a) => cardOf(a) && findElements(cardOf(a)!, (e) => e.type === 'Input.ChoiceSet').length > 0),
    'a question card was posted',
  );
}

for (const conversationType of ['personal', 'groupChat', 'channel'] as const) {
  describe(`Universal Actions in a Teams ${conversationType} chat`, () => {
    it('reaches the verdict by Execute clicks: each question answered in place, the verdict a message of its own, no edit', async () => {
      const chat = new Chat({ conversationType, userId: ASKER.id, botId: BOT.id });
      await startCase(chat, conversationType !== 'personal');
      const cardId = chat.currentQuestion().activityId;
      assert.ok(cardId, 'the question card has the id the channel gave it');
      for (const option of G1.slice(0, -1)) {
        const clicked = await chat.executeAnswer(option, { from: ASKER });
        assert.deepEqual(clicked.posted, [], 'a click on a question posts nothing');
        const card = cardIn(clicked);
        assert.deepEqual(
          actionTypes(card).filter((t) => t !== 'Action.Execute'),
          [],
          'the card carries Action.Execute only',
        );
        assert.deepEqual((card.refresh as { userIds: string[] }).userIds, [ASKER.id], 'refresh names exactly the asker');
      }
      // The last answer: the verdict is posted (a message carries its sources and the feedback
      // buttons, an updated card cannot); the clicked card becomes the answer's receipt.
      const last = await chat.executeAnswer(G1[G1.length - 1]!, { from: ASKER });
      assert.ok(elementIds(cardIn(last)).includes('answered-partnerType'), 'the clicked card becomes a receipt');
      assert.equal(last.posted.length, 1, 'one new message: the verdict');
      const verdict = last.posted[0]!;
      const verdictCard = cardOf(verdict)!;
      assert.deepEqual(resultOf(verdictCard), { verdict: 'eligible', row: 'G1' });
      assert.deepEqual(
        actionTypes(verdictCard).filter((t) => t !== 'Action.Execute'),
        [],
        'the verdict carries Action.Execute only',
      );
      assert.deepEqual((verdictCard.refresh as { userIds: string[] }).userIds, [ASKER.id], 'refresh names exactly the asker');
      assert.ok(
        (verdict.entities ?? []).some((e) => Array.isArray((e as { citation?: unknown }).citation)),
        'the verdict cites its sources',
      );
      assert.ok((verdict.channelData as { feedbackLoop?: unknown } | undefined)?.feedbackLoop, 'and asks for feedback');
      assert.equal(chat.updates.length, 0, 'no message was edited');
    });
  });
}

describe('Universal Actions: the verdict message', () => {
  it("is kept both as the case's live card and as a verdict to take feedback on", async () => {
    const storage = new CountingStorage();
    const chat = new Chat({ storage, conversationId: 'verdict-ids', userId: ASKER.id, botId: BOT.id });
    await startCase(chat, false);
    for (const option of G1.slice(0, -1)) await chat.executeAnswer(option, { from: ASKER });
    const verdict = (await chat.executeAnswer(G1[G1.length - 1]!, { from: ASKER })).posted[0]!;
    assert.ok(verdict.id, 'the channel gave the verdict an id');
    const key = 'msteams/conversations/verdict-ids/';
    const stored = JSON.stringify((await storage.inner.read([key]))[key]);
    assert.ok(stored.includes(`"questionActivityId":"${verdict.id}"`), `the live card is the verdict: ${stored.slice(0, 300)}`);
    assert.ok(stored.includes(`{"id":"${verdict.id}","row":"G1"}`), 'and its row is kept for feedback');
  });
});

describe('Universal Actions: per-user views in a group chat', () => {
  async function groupCase(): Promise<{ chat: Chat; cardId: string; storage: CountingStorage }> {
    const storage = new CountingStorage();
    const chat = new Chat({ conversationType: 'groupChat', storage, conversationId: '19:group@thread.v2', userId: ASKER.id, botId: BOT.id });
    await startCase(chat, true);
    await chat.executeAnswer('global', { from: ASKER });
    await chat.executeAnswer('ea', { from: ASKER });
    return { chat, cardId: chat.currentQuestion().activityId!, storage };
  }

  it("answers a second user's click with the read-only view and leaves the asker's answers alone", async () => {
    const { chat, cardId, storage } = await groupCase();
    const before = await flowStateOf(storage.inner, 'msteams', '19:group@thread.v2');
    const q = chat.currentQuestion();
    const theirs = await chat.execute({ ...q.data, [q.id]: 'usage' }, { replyToId: cardId, from: OTHER });
    const view = cardIn(theirs);
    assert.ok(elementIds(view).includes('case-view'));
    assert.ok(JSON.stringify(view).includes(enUS.caseView.checking.replace('{name}', ASKER.name)), 'says who is checking');
    const facts = findElements(view, (e) => e.type === 'FactSet')[0]!.facts!;
    assert.deepEqual(
      facts.map((f) => f.value),
      [enUS.questions.cloud.options.global, enUS.questions.channel.options.ea],
      'what is answered so far',
    );
    assert.equal(view.refresh, undefined, 'the read-only view is not refreshed');
    const own = (view.actions ?? []) as unknown as { type: string; url: string }[];
    assert.deepEqual(
      own.map((a) => a.type),
      ['Action.OpenUrl'],
      'the only way on is a case of their own',
    );
    assert.equal(own[0]!.url, `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(BOT.id)}`);
    assert.deepEqual(await flowStateOf(storage.inner, 'msteams', '19:group@thread.v2'), before, 'the case is exactly as it was');
    // The asker goes on where they were.
    const next = cardIn(await chat.executeAnswer('usage', { from: ASKER }));
    assert.ok(elementIds(next).includes('prompt-partnerType'));
  });

  it("lets anyone use the install greeting's buttons: no case is open yet", async () => {
    const chat = new Chat({ conversationType: 'groupChat', userId: ASKER.id, botId: BOT.id });
    await chat.turn({ type: 'installationUpdate', action: 'add', from: ASKER });
    const welcome = chat.lastCard();
    const help = (welcome.actions ?? []).find((a) => a.data?.command === 'help')!;
    assert.equal(help.type, 'Action.Execute');
    const clicked = await chat.execute(help.data, { replyToId: chat.transcript[0]!.id!, from: OTHER });
    assert.ok(elementIds(cardIn(clicked)).includes('help'), 'the greeting turns into help for the colleague');
  });

  it('shows the verdict in the read-only view once the asker reached it', async () => {
    const { chat, cardId } = await groupCase();
    await chat.executeAnswer('license', { from: ASKER });
    await chat.executeAnswer('support', { from: ASKER });
    await chat.executeAnswer('direct', { from: ASKER });
    const view = cardIn(await chat.execute(chat.button('restart'), { replyToId: cardId, from: OTHER }));
    assert.ok(elementIds(view).includes('case-verdict-eligible'));
  });

  it('answers refreshes from state without writing: the asker gets the live card, others the read-only view', async () => {
    const { chat, cardId, storage } = await groupCase();
    let writes = 0;
    const write = storage.write.bind(storage);
    storage.write = (changes) => {
      writes += 1;
      return write(changes);
    };
    const mine = cardIn(await chat.execute(undefined, { replyToId: cardId, from: ASKER, verb: 'refresh', trigger: 'automatic' }));
    assert.ok(elementIds(mine).includes('prompt-service'), 'the asker sees the question on screen');
    const theirs = cardIn(await chat.execute(undefined, { replyToId: cardId, from: OTHER, verb: 'refresh', trigger: 'manual' }));
    assert.ok(elementIds(theirs).includes('case-view'));
    // Each refresh only reads (the conversation and the viewer's language); nothing is written.
    assert.equal(writes, 0);
    const q = chat.currentQuestion();
    assert.ok(elementIds(cardIn(await chat.execute({ ...q.data, service: 'usage' }, { replyToId: cardId, from: ASKER }))).includes('prompt-partnerType'));
    assert.equal(writes, 1, 'a click writes once');
  });
});

describe('Universal Actions: stale clicks, side replies and errors', () => {
  it('answers a click on an earlier step with the current question and changes nothing', async () => {
    const chat = new Chat({ userId: ASKER.id });
    await startCase(chat, false);
    const cloud = chat.currentQuestion();
    await chat.executeAnswer('china', { from: ASKER });
    const stale = cardIn(await chat.execute({ ...cloud.data, cloud: 'global' }, { replyToId: cloud.activityId!, from: ASKER }));
    assert.ok(elementIds(stale).includes('notice'));
    assert.ok(elementIds(stale).includes('prompt-channel'));
    const options = findElements(stale, (e) => e.type === 'Input.ChoiceSet')[0]!.choices!.map((c) => c.value);
    assert.deepEqual(options, ['vianet', 'formerAdvisor', 'other'], 'still the Partner Center operated by 21Vianet');
  });

  it('posts help as a new message and keeps the question in place', async () => {
    const chat = new Chat({ userId: ASKER.id });
    await startCase(chat, false);
    const q = chat.currentQuestion();
    const help = (chat.lastCard().actions ?? []).find((a) => a.data?.command === 'help')!;
    const clicked = await chat.execute(help.data, { replyToId: q.activityId!, from: ASKER });
    assert.equal(clicked.posted.length, 1);
    assert.ok(elementIds(cardOf(clicked.posted[0])!).includes('help'));
    assert.ok(elementIds(cardIn(clicked)).includes('prompt-cloud'));
  });

  it('posts the text summary and keeps the result card in place', async () => {
    const chat = new Chat({ userId: ASKER.id });
    await startCase(chat, false);
    const cardId = chat.currentQuestion().activityId!;
    for (const option of G1) await chat.executeAnswer(option, { from: ASKER });
    const summary = chat.button('summary');
    const clicked = await chat.execute(summary, { replyToId: cardId, from: ASKER });
    assert.equal(clicked.posted.length, 1);
    assert.match(String(clicked.posted[0]!.text), /^Multi-channel Advisor: Eligible\n\n/);
    assert.deepEqual(resultOf(cardIn(clicked)), { verdict: 'eligible', row: 'G1' });
  });

  it('answers what is no Action.Execute with a Universal Actions error in the user language', async () => {
    const chat = new Chat({ userId: ASKER.id, locale: 'ru-RU' });
    await startCase(chat, false);
    for (const value of [undefined, 'text', { action: { type: 'Action.Submit', data: {} } }, { trigger: 'manual' }]) {
      const answered = await chat.execute(undefined, { value });
      assert.equal(answered.status, 400);
      assert.deepEqual(answered.body, {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'BadRequest', message: ruRU.messages.unknownAction },
      });
    }
    assert.equal(chat.currentQuestion().id, 'cloud', 'the case is untouched');
  });

  it('answers a refresh of a card from an earlier case with a notice, and one of no case at all', async () => {
    const chat = new Chat({ userId: ASKER.id });
    await startCase(chat, false);
    const first = chat.currentQuestion().activityId!;
    await chat.say('start over', { from: ASKER });
    const refreshed = cardIn(await chat.execute(undefined, { replyToId: first, from: ASKER, verb: 'refresh', trigger: 'automatic' }));
    assert.ok(elementIds(refreshed).includes('notice-earlier'));
    assert.equal(refreshed.refresh, undefined);
    const fresh = new Chat({ userId: ASKER.id, conversationId: 'never-talked' });
    const none = cardIn(await fresh.execute(undefined, { replyToId: 'gone', verb: 'refresh', trigger: 'automatic' }));
    assert.ok(elementIds(none).includes('notice-earlier'));
  });

  it('keeps Action.Submit and no refresh in Web Chat', async () => {
    const chat = new Chat({ channelId: 'webchat' });
    const replies: Partial<Activity>[] = await chat.say('start');
    const card = cardOf(replies[replies.length - 1])!;
    assert.ok(actionTypes(card).length > 0 && actionTypes(card).every((t) => t === 'Action.Submit'));
    assert.equal(card.refresh, undefined);
  });
});
