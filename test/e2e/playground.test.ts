// End to end as Teams would hold it: the real server on 127.0.0.1 and the Microsoft 365 Agents
// Playground (channel msteams), driven through the playground's REST and WebSocket API.
import { strict as assert } from 'assert';
import { JsonObject, MessageEvent, Playground } from '../support/playground';
import { withPlayground } from '../support/playgroundSuite';
import { CardJson, elementIds, findElements, resultOf } from '../support/chat';

interface QuestionCard {
  event: MessageEvent;
  id: string;
  options: string[];
  data: JsonObject;
}

function cardOfEvent(event: MessageEvent): CardJson | undefined {
  return event.cards[0] as unknown as CardJson | undefined;
}

function asQuestion(event: MessageEvent): QuestionCard | undefined {
  const card = cardOfEvent(event);
  if (!card) return undefined;
  const choiceSet = findElements(card, (e) => e.type === 'Input.ChoiceSet')[0];
  const submit = card.actions?.find((a) => a.data?.action === 'answer');
  if (!choiceSet?.id || !submit?.data) return undefined;
  return { event, id: choiceSet.id, options: (choiceSet.choices ?? []).map((c) => c.value), data: submit.data as JsonObject };
}

const ROWS: { row: string; verdict: string; answers: string[] }[] = [
  { row: 'G1', verdict: 'eligible', answers: ['global', 'microsoft', 'license', 'support', 'direct'] },
  { row: 'G2', verdict: 'notYet', answers: ['global', 'advisor', 'license', 'move', 'indirectReseller'] },
  { row: 'G3', verdict: 'eligible', answers: ['usgov', 'thirdParty', 'usage', 'indirectProvider'] },
  { row: 'G4', verdict: 'eligible', answers: ['global', 'otherCsp', 'usage', 'direct'] },
  { row: 'G5', verdict: 'notCovered', answers: ['usgov', 'otherCsp', 'license', 'support', 'direct'] },
  { row: 'G6', verdict: 'notYet', answers: ['global', 'otherCsp', 'license', 'move', 'indirectProvider'] },
  { row: 'G7', verdict: 'notEligible', answers: ['usgov', 'syndication', 'license', 'move', 'direct'] },
  { row: 'C1', verdict: 'eligible', answers: ['china', 'vianet', 'license', 'support', 'direct'] },
  { row: 'C2', verdict: 'eligible', answers: ['china', 'vianet', 'license', 'support', 'indirectProvider'] },
  { row: 'C3', verdict: 'eligible', answers: ['china', 'formerAdvisor', 'license', 'support', 'indirectReseller'] },
  // C4, C5 and C6 come once the answers settle them: the questions left would not change them.
  { row: 'C4', verdict: 'notEligible', answers: ['china', 'formerAdvisor', 'license', 'move'] },
  { row: 'C5', verdict: 'notCovered', answers: ['china', 'other'] },
  { row: 'C6', verdict: 'notCovered', answers: ['china', 'vianet', 'usage'] },
];

/** The result card's verdict container, and the element ids inside it. */
function verdictOf(card: CardJson): { verdict: string; inside: string[] } | undefined {
  const container = findElements(card, (e) => typeof e.id === 'string' && e.id.startsWith('verdict-'))[0];
  return container ? { verdict: container.id!.slice('verdict-'.length), inside: elementIds({ ...card, body: container.items ?? [] }) } : undefined;
}

// The same two cases answered by the edition in force (the default) and by the pinned 2020 edition.
for (const { edition, env, G6, G4 } of [
  { edition: 'in force by default', env: {}, G6: 'transfer', G4: 'transfer' },
  { edition: 'pinned by POLICY_EDITION=2020', env: { POLICY_EDITION: '2020' }, G6: 'notYet', G4: 'eligible' },
]) {
  describe(`end to end through the Agents Playground (msteams): the policy ${edition}`, function () {
    this.timeout(180_000);
    let pg: Playground;
    withPlayground((started) => {
      pg = started;
    }, env);

    it(`another CSP partner: licences to move reach G6 (${G6}), Azure reaches G4 (${G4}), the row inside the verdict`, async () => {
      const start = pg.mark();
      await pg.sendText('start over');
      let since = start;
      for (const [row, verdict, answers] of [
        ['G6', G6, ['global', 'otherCsp', 'license', 'move', 'direct']],
        ['G4', G4, ['global', 'otherCsp', 'usage', 'direct']],
      ] as const) {
        let question = await nextQuestion(since);
        for (const [i, option] of answers.entries()) {
          assert.ok(question.options.includes(option), `${option} on the ${question.id} card`);
          const sent = await pg.submitCard(
            { ...question.data, [question.id]: option },
            { replyToId: question.event.messageId, conversationId: question.event.conversationId },
          );
          since = sent.seq;
          if (i < answers.length - 1) question = await nextQuestion(since);
        }
        const result = (await pg.waitFor(
          (e): e is MessageEvent => e.kind === 'message' && e.cards.length > 0 && verdictOf(e.cards[0] as unknown as CardJson) !== undefined,
          { since, description: `the ${row} result` },
        )) as MessageEvent;
        const found = verdictOf(result.cards[0] as unknown as CardJson)!;
        assert.equal(found.verdict, verdict, row);
        assert.ok(found.inside.includes(`outcome-${row}`), `outcome-${row} inside verdict-${verdict}`);
        const again = pg.mark();
        await pg.sendText('start over');
        since = again;
      }
    });

    async function nextQuestion(since: number): Promise<QuestionCard> {
      const event = await pg.waitFor((e): e is MessageEvent => e.kind === 'message' && asQuestion(e) !== undefined, { since, description: 'a question card' });
      return asQuestion(event as MessageEvent)!;
    }
  });
}

// The seeds-era rows, one by one: edition 2020 pinned.
describe('end to end through the Agents Playground (msteams)', function () {
  this.timeout(180_000);
  let pg: Playground;
  withPlayground(
    (started) => {
      pg = started;
    },
    { POLICY_EDITION: '2020' },
  );

  async function nextQuestion(since: number, conversationId?: string): Promise<QuestionCard> {
    const event = await pg.waitFor(
      (e): e is MessageEvent => e.kind === 'message' && asQuestion(e) !== undefined && (conversationId === undefined || e.conversationId === conversationId),
      { since, description: 'a question card' },
    );
    return asQuestion(event as MessageEvent)!;
  }

  async function nextCardWithId(since: number, idPrefix: string): Promise<MessageEvent> {
    return (await pg.waitFor(
      (e): e is MessageEvent => e.kind === 'message' && e.cards.length > 0 && elementIds(cardOfEvent(e)!).some((id) => id.startsWith(idPrefix)),
      { since, description: `a card with an element ${idPrefix}…` },
    )) as MessageEvent;
  }

  async function click(question: QuestionCard, option: string): Promise<number> {
    assert.ok(question.options.includes(option), `${option} is not offered on the ${question.id} card`);
    const result = await pg.submitCard(
      { ...question.data, [question.id]: option },
      { replyToId: question.event.messageId, conversationId: question.event.conversationId },
    );
    assert.equal(result.turn.status, 200);
    return result.seq;
  }

  it('welcomes on install in a personal chat and completes every SPEC outcome row by clicking cards', async () => {
    const start = pg.mark();
    await pg.install('personal');
    await nextCardWithId(start, 'welcome');
    let question = await nextQuestion(start);
    for (const path of ROWS) {
      let since = pg.mark();
      for (const option of path.answers) {
        since = await click(question, option);
        if (option !== path.answers[path.answers.length - 1]) question = await nextQuestion(since);
      }
      const resultEvent = await nextCardWithId(since, 'verdict-');
      const card = cardOfEvent(resultEvent)!;
      assert.deepEqual(resultOf(card), { verdict: path.verdict, row: path.row }, `row ${path.row}`);
      assert.deepEqual(card.msteams, { width: 'Full' });
      const restart = card.actions!.find((a) => a.data?.command === 'restart')!;
      const again = pg.mark();
      await pg.submitCard(restart.data as JsonObject, { replyToId: resultEvent.messageId });
      question = await nextQuestion(again);
      assert.equal(question.id, 'cloud');
    }
  });

  it('turns an answered question card into a receipt, and an old card cannot change the answers', async () => {
    const start = pg.mark();
    await pg.sendText('start over');
    const cloud = await nextQuestion(start);
    const afterCloud = await click(cloud, 'global');
    const update = await pg.waitForUpdate(cloud.event.messageId, { since: afterCloud });
    const receipt = update.cards[0] as unknown as CardJson;
    assert.ok(elementIds(receipt).includes('answered-cloud'));
    assert.ok(!JSON.stringify(receipt).includes('Action.Submit'), 'the receipt has no buttons');
    const channel = await nextQuestion(afterCloud);
    assert.equal(channel.id, 'channel');

    // The old card's data, clicked again (a client that still shows it) with another cloud.
    const stale = pg.mark();
    await pg.submitCard({ ...cloud.data, cloud: 'china' }, { replyToId: cloud.event.messageId });
    const current = await nextQuestion(stale);
    assert.equal(current.id, 'channel');
    assert.ok(current.options.includes('ea'), 'still the commercial channels: the cloud answer did not change');
    assert.ok(elementIds(cardOfEvent(current.event)!).includes('notice'));
  });

  it('in a group chat answers only messages that mention it', async () => {
    pg.setConversationType('groupChat');
    const start = pg.mark();
    await pg.sendText('has anyone seen the EA renewal?');
    await pg.expectNone((e) => e.kind === 'message', { since: start, forMs: 700 });
    const asked = await pg.mention('help');
    const help = await nextCardWithId(asked.seq, 'help');
    assert.equal(help.conversationId, pg.conversations.groupChat);
  });

  it('answers the search message extension from the compose box', async () => {
    pg.setConversationType('groupChat');
    const result = await pg.invoke('composeExtension/query', {
      commandId: 'situation',
      parameters: [{ name: 'situation', value: 'commercial cloud, the customer bought Office 365 directly from Microsoft and wants us to support it' }],
      queryOptions: { skip: 0, count: 25 },
    });
    assert.equal(result.status, 200);
    const body = result.body as { composeExtension: { attachments: { content: CardJson; preview: { content: { text: string } } }[] } };
    const attachments = body.composeExtension.attachments;
    assert.equal(attachments.length, 3, 'one per partner type');
    assert.ok(attachments.every((a) => resultOf(a.content).row === 'G1'));
    assert.ok(attachments.every((a) => a.preview.content.text.startsWith('If Your role in CSP:')));
  });

  it('posts exactly one welcome when installed in a team', async () => {
    pg.setConversationType('channel');
    const start = pg.mark();
    await pg.install('channel');
    await nextCardWithId(start, 'welcome');
    await pg.expectNone(
      (e) =>
        e.kind === 'message' && e.seq > start && elementIds(cardOfEvent(e) ?? { type: 'x' }).length > 0 && !elementIds(cardOfEvent(e)!).includes('welcome'),
      { since: start, forMs: 700 },
    );
    const welcomes = pg.messages.filter((m) => m.seq >= start && m.cards.length > 0 && elementIds(cardOfEvent(m)!).includes('welcome'));
    assert.equal(welcomes.length, 1);
  });
});
