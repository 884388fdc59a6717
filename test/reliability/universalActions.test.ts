// Universal Actions over HTTP, through the host's whole turn path (request checks, the turn
// runner's queue, dedupe and eTag-checked state, held replies): card clicks as adaptiveCard/action
// invokes answered with the updated card, no edit request to the connector, a retried invoke
// answered with the card again, and the read-only view for a second user.
import { strict as assert } from 'assert';
import { MemoryStorage } from 'botbuilder';
import { StandInConnector } from '../../bench/standInConnector';
import { InProcess, startInProcess } from '../support/inProcess';
import { postJson } from '../support/http';
import { CardJson, cardOf, elementIds, findElements, resultOf } from '../support/chat';
import { flowStateOf } from '../support/httpChat';

const TENANT = '72f988bf-0000-4000-8000-00000000beec';
const BOT = '28:00000000-0000-0000-0000-0000000000b0';
const ASKER = { id: '29:asker-http', name: 'Alex Wilber' };
const OTHER = { id: '29:colleague-http', name: 'Dana Rossi' };

let sequence = 0;

describe('Universal Actions over HTTP (msteams)', function () {
  this.timeout(30_000);
  let connector: StandInConnector;
  let bot: InProcess;
  const storage = new MemoryStorage();

  before(async () => {
    connector = await StandInConnector.start({ log: true });
    bot = await startInProcess({}, { storage, logLevel: 'warn' });
  });
  after(async () => {
    await bot?.stop();
    await connector?.close();
  });

  function activity(conversationId: string, conversationType: string, fields: Record<string, unknown>): Record<string, unknown> {
    sequence += 1;
    return {
      type: 'message',
      id: `ua-${sequence}`,
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: ASKER,
      recipient: { id: BOT, name: 'Advisor' },
      conversation: { id: conversationId, conversationType, tenantId: TENANT, ...(conversationType === 'personal' ? {} : { isGroup: true }) },
      channelData: { tenant: { id: TENANT } },
      locale: 'en-US',
      ...fields,
    };
  }

  function click(conversationId: string, conversationType: string, cardId: string, data: Record<string, unknown>, from = ASKER): Record<string, unknown> {
    return activity(conversationId, conversationType, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: cardId,
      from,
      value: { action: { type: 'Action.Execute', verb: String(data.action), data }, trigger: 'manual' },
    });
  }

  async function invoke(body: Record<string, unknown>): Promise<CardJson> {
    const res = await postJson(`${bot.base}/api/messages`, body);
    assert.equal(res.status, 200, res.text);
    const answer = res.json as { statusCode: number; type: string; value: CardJson };
    assert.equal(answer.statusCode, 200);
    assert.equal(answer.type, 'application/vnd.microsoft.card.adaptive');
    return answer.value;
  }

  function answerData(card: CardJson, option: string): Record<string, unknown> {
    const choiceSet = findElements(card, (e) => e.type === 'Input.ChoiceSet')[0]!;
    const next = card.actions!.find((a) => a.data?.action === 'answer')!;
    assert.equal(next.type, 'Action.Execute');
    return { ...next.data, [choiceSet.id!]: option };
  }

  /** The case's first question, posted as a new message; its id is the card every click targets. */
  async function open(conversationId: string, conversationType: string): Promise<{ card: CardJson; cardId: string }> {
    const text = conversationType === 'personal' ? 'start' : '<at>Advisor</at> start';
    const entities = conversationType === 'personal' ? [] : [{ type: 'mention', text: '<at>Advisor</at>', mentioned: { id: BOT, name: 'Advisor' } }];
    const res = await postJson(`${bot.base}/api/messages`, activity(conversationId, conversationType, { text, entities }));
    assert.equal(res.status, 200);
    const posted = connector.messagesTo(conversationId);
    const last = posted[posted.length - 1]!;
    return { card: cardOf(last.activity as never)!, cardId: last.assignedId! };
  }

  for (const [conversationType, conversationId] of [
    ['personal', 'a:personal-ua'],
    ['groupChat', '19:group-ua@thread.v2'],
    ['channel', '19:channel-ua@thread.tacv2;messageid=1700000000001'],
  ] as const) {
    it(`reaches the verdict by invokes with no edit request to the connector (${conversationType})`, async () => {
      const { card: first, cardId } = await open(conversationId, conversationType);
      const messages = connector.calls.messages;
      const updates = connector.calls.updates;
      let card = first;
      for (const option of ['china', 'vianet', 'license', 'support']) {
        card = await invoke(click(conversationId, conversationType, cardId, answerData(card, option)));
        assert.deepEqual((card.refresh as { userIds: string[] }).userIds, [ASKER.id]);
      }
      assert.equal(connector.calls.messages, messages, 'every question in place: no new message');
      // The last answer: the verdict comes as a message of its own (only a message carries its
      // sources and the feedback buttons), and the clicked card becomes the answer's receipt.
      const receipt = await invoke(click(conversationId, conversationType, cardId, answerData(card, 'direct')));
      assert.ok(elementIds(receipt).includes('answered-partnerType'), 'the clicked card becomes a receipt');
      assert.equal(receipt.refresh, undefined, 'a receipt is the same for everyone');
      assert.equal(connector.calls.messages, messages + 1, 'one new message: the verdict');
      const posted = connector.messagesTo(conversationId);
      const verdict = posted[posted.length - 1]!.activity as { entities?: { citation?: unknown[] }[]; channelData?: { feedbackLoop?: unknown } };
      assert.deepEqual(resultOf(cardOf(verdict as never)!), { verdict: 'eligible', row: 'C1' });
      assert.ok(
        (verdict.entities ?? []).some((e) => Array.isArray(e.citation) && e.citation.length > 0),
        'the verdict cites its sources',
      );
      assert.ok(verdict.channelData?.feedbackLoop, 'and asks for feedback');
      assert.equal(connector.calls.updates, updates, 'no PUT');
      // Teams sends an invoke again when its answer was slow: the retry gets the card again, and
      // nothing is written.
      const before = await flowStateOf(storage, 'msteams', conversationId);
      const id = `ua-retry-${conversationType}`;
      const retried = {
        ...click(conversationId, conversationType, cardId, { action: 'command', command: 'restart', token: `${before!.consultation}.${before!.seq}` }),
        id,
      };
      const restarted = await invoke(retried);
      assert.ok(elementIds(restarted).includes('prompt-cloud'), 'the restart took effect');
      const after = await flowStateOf(storage, 'msteams', conversationId);
      assert.notEqual(after!.consultation, before!.consultation);
      const again = await invoke(retried);
      // The case as it stands: the same step and the same buttons (the one-off notice aside).
      assert.ok(elementIds(again).includes('prompt-cloud'));
      assert.deepEqual(again.actions, restarted.actions, 'the retry is answered with the same step');
      assert.deepEqual(await flowStateOf(storage, 'msteams', conversationId), after, 'and ran once');
    });
  }

  it("answers a second user's click in a group chat with the read-only view and keeps the asker's answers", async () => {
    const conversationId = '19:group-ua-2@thread.v2';
    const { card, cardId } = await open(conversationId, 'groupChat');
    const cloud = await invoke(click(conversationId, 'groupChat', cardId, answerData(card, 'global')));
    const before = await flowStateOf(storage, 'msteams', conversationId);
    const view = await invoke(click(conversationId, 'groupChat', cardId, answerData(cloud, 'ea'), OTHER));
    assert.ok(elementIds(view).includes('case-view'));
    assert.deepEqual(await flowStateOf(storage, 'msteams', conversationId), before);
    const refreshed = await invoke(
      activity(conversationId, 'groupChat', {
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId: cardId,
        value: { action: { type: 'Action.Execute', verb: 'refresh', data: { action: 'refresh' } }, trigger: 'automatic' },
      }),
    );
    assert.ok(elementIds(refreshed).includes('prompt-channel'), "the asker's refresh shows their question");
  });

  it('answers a malformed card action with a Universal Actions error, the server unharmed', async () => {
    const res = await postJson(
      `${bot.base}/api/messages`,
      activity('a:personal-ua-bad', 'personal', { type: 'invoke', name: 'adaptiveCard/action', locale: 'hu-HU', value: { action: 'nope' } }),
    );
    assert.equal(res.status, 400);
    const body = res.json as { statusCode: number; type: string; value: { message: string } };
    assert.equal(body.type, 'application/vnd.microsoft.error');
    assert.match(body.value.message, /gombot/);
  });
});
