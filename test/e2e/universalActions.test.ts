// Universal Actions end to end through the Microsoft 365 Agents Playground (channel msteams): its
// adaptiveCard/action invokes, as Teams sends them for Action.Execute. A whole case in personal,
// group and channel chats with the card updated in place and no edit of any message, the
// read-only view for a second user, a stale click, and refresh.
import { strict as assert } from 'assert';
import { JsonObject, MessageEvent, Playground } from '../support/playground';
import { withPlayground } from '../support/playgroundSuite';
import { CardJson, elementIds, findElements, resultOf } from '../support/chat';

function questionIn(card: CardJson): { id: string; options: string[]; data: JsonObject; type: string } | undefined {
  const choiceSet = findElements(card, (e) => e.type === 'Input.ChoiceSet')[0];
  const next = card.actions?.find((a) => a.data?.action === 'answer');
  if (!choiceSet?.id || !next?.data) return undefined;
  return { id: choiceSet.id, options: (choiceSet.choices ?? []).map((c) => c.value), data: next.data as JsonObject, type: next.type };
}

describe('Universal Actions through the Agents Playground (msteams)', function () {
  this.timeout(120_000);
  let pg: Playground;
  withPlayground((started) => {
    pg = started;
  });

  /** The case's first question, posted by the bot after "start" (a mention outside the personal chat). */
  async function opened(): Promise<MessageEvent> {
    const since = pg.mark();
    if (pg.conversationType === 'personal') await pg.sendText('start');
    else await pg.mention('start');
    return (await pg.waitFor(
      (e): e is MessageEvent => e.kind === 'message' && e.cards.length > 0 && questionIn(e.cards[0] as unknown as CardJson) !== undefined,
      { since, description: 'the first question' },
    )) as MessageEvent;
  }

  async function execute(event: MessageEvent, data: JsonObject, fromId?: string): Promise<CardJson> {
    const result = await pg.invoke(
      'adaptiveCard/action',
      { action: { type: 'Action.Execute', verb: String(data.action), data }, trigger: 'manual' },
      {
        replyToId: event.messageId,
        conversationId: event.conversationId,
        ...(fromId ? { fromId } : {}),
      },
    );
    assert.equal(result.status, 200, JSON.stringify(result.body));
    const body = result.body as { statusCode: number; type: string; value: CardJson };
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
    return body.value;
  }

  for (const conversationType of ['personal', 'groupChat', 'channel'] as const) {
    it(`reaches the verdict by Execute clicks on one card, with no edit, the verdict a message of its own (${conversationType})`, async () => {
      pg.setConversationType(conversationType);
      const event = await opened();
      let card = event.cards[0] as unknown as CardJson;
      const since = pg.mark();
      const options = ['usgov', 'otherCsp', 'license', 'support', 'direct'];
      for (const [i, option] of options.entries()) {
        const question = questionIn(card)!;
        assert.equal(question.type, 'Action.Execute');
        assert.ok(question.options.includes(option), `${option} on the ${question.id} card`);
        card = await execute(event, { ...question.data, [question.id]: option });
        if (i < options.length - 1) assert.deepEqual((card.refresh as { userIds: string[] }).userIds, [pg.user.id]);
      }
      // The last click turns the card into the answer's receipt; the verdict is a new message,
      // which can carry its sources and the feedback buttons.
      assert.ok(elementIds(card).includes('answered-partnerType'));
      const verdict = (await pg.waitFor((e): e is MessageEvent => e.kind === 'message' && e.conversationId === event.conversationId && e.cards.length > 0, {
        since,
        description: 'the verdict',
      })) as MessageEvent;
      const verdictCard = verdict.cards[0] as unknown as CardJson;
      assert.deepEqual(resultOf(verdictCard), { verdict: 'notCovered', row: 'G5' });
      assert.ok((verdictCard.actions ?? []).every((a) => a.type === 'Action.Execute'));
      await pg.expectNone((e) => e.kind === 'update' && e.conversationId === event.conversationId, { since, forMs: 500 });
    });
  }

  it('shows a second user the read-only view, and their click changes nothing for the asker', async () => {
    pg.setConversationType('groupChat');
    const event = await opened();
    const first = questionIn(event.cards[0] as unknown as CardJson)!;
    const channel = await execute(event, { ...first.data, cloud: 'china' });
    const second = pg.otherUsers[0]!;
    const view = await execute(event, { ...questionIn(channel)!.data, channel: 'vianet' }, second.id);
    assert.ok(elementIds(view).includes('case-view'));
    assert.ok(!JSON.stringify(view).includes('Action.Execute'), 'nothing to click but a case of their own');
    // The asker's card is still at the channel question, with the answers of the Partner Center operated by 21Vianet.
    const refreshed = await pg.invoke(
      'adaptiveCard/action',
      { action: { type: 'Action.Execute', verb: 'refresh', data: { action: 'refresh' } }, trigger: 'automatic' },
      { replyToId: event.messageId, conversationId: event.conversationId },
    );
    const mine = (refreshed.body as { value: CardJson }).value;
    assert.deepEqual(questionIn(mine)!.options, ['vianet', 'formerAdvisor', 'other']);
  });

  it('answers a click on an earlier step with the current question, answers unchanged', async () => {
    pg.setConversationType('personal');
    const event = await opened();
    const cloud = questionIn(event.cards[0] as unknown as CardJson)!;
    await execute(event, { ...cloud.data, cloud: 'global' });
    const stale = await execute(event, { ...cloud.data, cloud: 'china' });
    assert.ok(elementIds(stale).includes('notice'));
    const current = questionIn(stale)!;
    assert.equal(current.id, 'channel');
    assert.ok(current.options.includes('ea'), 'still the commercial cloud');
  });
});
