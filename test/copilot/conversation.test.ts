// Microsoft 365 Copilot over HTTP, as Copilot holds a conversation with a custom engine agent:
// activities on msteams carrying the ProductInfo entity COPILOT, replies through a stand-in
// Bot Connector (so every POST and PUT is seen). From one typed sentence to the verdict: no
// message is ever updated, no ActionSet sits in a Container, buttons are Universal Actions, every
// reply's text stands alone, and the verdict cites its sources and asks for feedback. The
// feedback invoke is answered with an empty 200, the verdict's row it is counted under is known
// from the message's id, and its comment reaches no log line (the metric itself, exported, is
// checked in a bot process of its own: test/telemetry/feedback.test.ts, as this process must load
// no OpenTelemetry module).
import { strict as assert } from 'assert';
import { StandInConnector, Delivered } from '../../bench/standInConnector';
import { CardJson, findElements, resultOf } from '../support/chat';
import { HttpChat, conversationItem } from '../support/httpChat';
import { postJson } from '../support/http';
import { InProcess, startInProcess } from '../support/inProcess';
import { COPILOT_VERB } from '../../src/conversation/cards/copilotCards';
import enUS from '../../content/texts/en-US.json';

const COPILOT_ENTITY = { type: 'ProductInfo', id: 'COPILOT' };

interface Sent {
  text?: string;
  attachments?: { contentType: string; content: CardJson }[];
  entities?: Record<string, unknown>[];
  channelData?: Record<string, unknown>;
}

function cardIn(activity: Sent): CardJson | undefined {
  return activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

function allActions(card: CardJson): { type?: string; verb?: string; data?: Record<string, unknown> }[] {
  const nested = findElements(card, () => true).flatMap((e) => ((e as { actions?: unknown[] }).actions ?? []) as { type?: string }[]);
  return [...(card.actions ?? []), ...nested] as { type?: string; verb?: string; data?: Record<string, unknown> }[];
}

/** ActionSets found inside a Container's items, at any depth. */
function nestedActionSets(card: CardJson): number {
  return findElements(card, (e) => e.type === 'Container').reduce(
    (n, c) => n + findElements({ type: 'AdaptiveCard', body: (c as { items?: never[] }).items ?? [] }, (e) => e.type === 'ActionSet').length,
    0,
  );
}

function citationOf(activity: Sent): { position: number; appearance: { name: string; url: string; abstract: string } }[] {
  const entity = activity.entities?.find((e) => e.type === 'https://schema.org/Message');
  return (entity?.citation as { position: number; appearance: { name: string; url: string; abstract: string } }[] | undefined) ?? [];
}

function markersIn(text: string): number[] {
  return [...new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

describe('Microsoft 365 Copilot over HTTP (ProductInfo COPILOT on msteams)', function () {
  this.timeout(30_000);
  let bot: InProcess;
  let connector: StandInConnector;

  before(async () => {
    connector = await StandInConnector.start({ log: true });
    bot = await startInProcess({}, { logLevel: 'debug' });
  });
  after(async () => {
    await bot?.stop();
    await connector?.close();
  });

  function copilotChat(name: string, locale = 'en-US'): HttpChat {
    return new HttpChat(bot.base, name, {
      channelId: 'msteams',
      locale,
      extra: { deliveryMode: 'normal', serviceUrl: connector.url, entities: [COPILOT_ENTITY] },
    });
  }

  /** Posts an activity; the messages the bot sent for it through the connector. */
  async function exchange(
    chat: HttpChat,
    fields: Record<string, unknown>,
  ): Promise<{ status: number; text: string; json: unknown; sent: (Sent & { id: string })[] }> {
    const before = connector.messagesTo(chat.conversationId).length;
    const res = await postJson(`${bot.base}/api/messages`, chat.activity(fields));
    const sent = connector
      .messagesTo(chat.conversationId)
      .slice(before)
      .map((d: Delivered) => d.activity as unknown as Sent & { id: string });
    return { status: res.status, text: res.text, json: res.json, sent };
  }

  /** The verdict messages the conversation keeps by id, with their rows (what feedback is counted under). */
  async function keptVerdicts(chat: HttpChat): Promise<{ id: string; row: string }[]> {
    const item = (await conversationItem(bot.app.storage, chat.channelId, chat.conversationId)) as
      { advisor?: { verdicts?: { id: string; row: string }[] } } | undefined;
    return item?.advisor?.verdicts ?? [];
  }

  it('goes from one sentence to a cited verdict with the feedback loop: typed answers, no PUT, no nested ActionSet, text that stands alone', async () => {
    const chat = copilotChat('copilot-one-sentence');
    const first = await exchange(chat, { text: 'Customer bought Azure from another CSP partner, we are an indirect reseller' });
    assert.equal(first.status, 200);
    assert.equal(first.sent.length, 1, 'one reply: the open question (no welcome card for a partner who states the case)');
    const question = first.sent[0]!;
    // The text alone asks the question: the prompt, numbered options to type, the hint.
    assert.ok(question.text?.includes(enUS.questions.cloud.prompt), question.text);
    for (const [i, label] of Object.values(enUS.questions.cloud.options).entries())
      assert.ok(question.text!.includes(`${i + 1} · ${label}`), `option ${label} numbered in the text`);
    const card = cardIn(question)!;
    assert.ok(allActions(card).length > 0);
    for (const action of allActions(card)) {
      assert.notEqual(action.type, 'Action.Submit', 'Copilot does not run Action.Submit');
      if (action.type === 'Action.Execute') assert.equal(action.verb, COPILOT_VERB);
    }
    assert.equal(nestedActionSets(card), 0);

    // The number of an option, typed, as a Copilot user on mobile would.
    const second = await exchange(chat, { text: '1' });
    assert.equal(second.status, 200);
    const verdict = second.sent.find((a) => citationOf(a).length > 0);
    assert.ok(verdict, 'the verdict with citations');
    const firstLine = verdict.text!.split('\n', 1)[0]!;
    assert.match(firstLine, new RegExp(`^(${Object.values(enUS.verdicts).join('|')}): `), 'the one-sentence reading first');
    const citations = citationOf(verdict);
    assert.deepEqual(
      markersIn(firstLine),
      citations.map((c) => c.position),
      'every source is marked in the verdict sentence',
    );
    assert.deepEqual(
      markersIn(verdict.text!),
      citations.map((c) => c.position),
    );
    for (const c of citations) {
      assert.match(c.appearance.url, /^https:\/\/learn\.microsoft\.com\/en-us\//);
      assert.ok(c.appearance.abstract.includes(c.appearance.name));
    }
    // The steps in plain text, numbered.
    assert.match(verdict.text!, new RegExp(`${enUS.result.stepsHeading}\\n+1\\. `));
    assert.deepEqual(verdict.channelData?.feedbackLoop, { type: 'default' });
    const entity = verdict.entities!.find((e) => e.type === 'https://schema.org/Message')!;
    assert.deepEqual([entity['@type'], entity['@context'], entity['@id']], ['Message', 'https://schema.org', '']);
    assert.equal(entity.additionalType, undefined, 'no "AI generated" label: the answer comes from a decision table');
    for (const a of [...first.sent, ...second.sent]) {
      const c = cardIn(a);
      if (c) assert.equal(nestedActionSets(c), 0);
      assert.ok(typeof a.text === 'string' && a.text.length > 0, 'every reply has text');
    }
    assert.deepEqual(
      connector.delivered.filter((d) => d.conversationId === chat.conversationId && d.method !== 'POST'),
      [],
      'no message updated (no PUT)',
    );

    const row = resultOf(cardIn(verdict)!).row;
    assert.ok(row, 'the verdict card names its row');
    assert.deepEqual(await keptVerdicts(chat), [{ id: verdict.id, row }], 'the verdict message is known by its id');

    // Feedback on that verdict: an empty 200; the comment goes nowhere.
    const comment = `zebra-comment-${Date.now()}`;
    const feedback = await exchange(chat, {
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: verdict.id,
      value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: comment }) } },
    });
    assert.equal(feedback.status, 200);
    assert.equal(feedback.text, '', 'an empty body (Copilot shows an error for any other)');
    assert.deepEqual(feedback.sent, [], 'no reply to feedback');
    assert.ok(bot.lines.length > 0);
    assert.ok(!JSON.stringify(bot.lines).includes(comment), 'the comment is never logged');
  });

  it('takes a click on a Copilot card (Action.Execute) as an answer, replies with a new message and answers the invoke with a short line', async () => {
    const chat = copilotChat('copilot-click');
    const first = await exchange(chat, { text: 'A customer in China bought Office 365 from 21Vianet' });
    const card = cardIn(first.sent[0]!)!;
    const submit = allActions(card).find((a) => a.data?.action === 'answer')!;
    const choiceSet = findElements(card, (e) => e.type === 'Input.ChoiceSet')[0]!;
    const option = choiceSet.choices![0]!.value;
    const click = await exchange(chat, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: first.sent[0]!.id,
      value: { action: { type: 'Action.Execute', verb: submit.verb, data: { ...submit.data, [choiceSet.id!]: option } }, trigger: 'manual' },
    });
    assert.equal(click.status, 200);
    assert.deepEqual(click.json, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: enUS.copilot.actionTaken });
    assert.ok(click.sent.length >= 1, 'the next step comes as a new message');
    assert.equal((await chat.flow(bot.app.storage))?.answers[choiceSet.id!], option);
    assert.deepEqual(
      connector.delivered.filter((d) => d.conversationId === chat.conversationId && d.method !== 'POST'),
      [],
    );
    // The same click again is a stale card: answered, nothing changed.
    const again = await exchange(chat, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: submit.verb, data: { ...submit.data, [choiceSet.id!]: option } } },
    });
    assert.equal(again.status, 200);
    assert.equal((await chat.flow(bot.app.storage))?.answers[choiceSet.id!], option);
  });

  it('answers a Copilot click re-sent with the same activity id once: one reply, the same short line to every copy', async () => {
    const chat = copilotChat('copilot-click-replayed');
    const first = await exchange(chat, { text: 'A customer in China bought Office 365 from 21Vianet' });
    const card = cardIn(first.sent[0]!)!;
    const submit = allActions(card).find((a) => a.data?.action === 'answer')!;
    const choiceSet = findElements(card, (e) => e.type === 'Input.ChoiceSet')[0]!;
    const click = chat.activity({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: first.sent[0]!.id,
      value: {
        action: { type: 'Action.Execute', verb: submit.verb, data: { ...submit.data, [choiceSet.id!]: choiceSet.choices![0]!.value } },
        trigger: 'manual',
      },
    });
    const before = connector.messagesTo(chat.conversationId).length;
    for (let copy = 1; copy <= 3; copy++) {
      const res = await postJson(`${bot.base}/api/messages`, click);
      assert.equal(res.status, 200, `copy ${copy}`);
      assert.deepEqual(res.json, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: enUS.copilot.actionTaken }, `copy ${copy}`);
    }
    assert.equal(connector.messagesTo(chat.conversationId).length - before, 1, 'the click was answered by one message, however often it came');
  });

  it('refuses a submitAction that is no feedback with a clear 400', async () => {
    const chat = copilotChat('copilot-bad-feedback');
    for (const value of [{ actionName: 'feedback', actionValue: { reaction: 'meh' } }, { actionName: 'other' }, 'feedback', null]) {
      const res = await exchange(chat, { type: 'invoke', name: 'message/submitAction', value });
      assert.equal(res.status, 400, JSON.stringify(value));
      assert.match(res.text, /feedback/);
    }
  });

  it('in Teams (no ProductInfo) the verdict also cites its sources and asks for feedback, and clicks that come as messages (cards sent before Universal Actions) still become receipts', async () => {
    const chat = new HttpChat(bot.base, 'teams-citations', { channelId: 'msteams', extra: { deliveryMode: 'normal', serviceUrl: connector.url } });
    const first = await exchange(chat, { text: 'A customer in China bought Office 365 from 21Vianet' });
    const card = cardIn(first.sent[0]!)!;
    const submit = card.actions!.find((a) => a.data?.action === 'answer')!;
    assert.equal(submit.type, 'Action.Execute', "Teams' buttons are Universal Actions");
    const choiceSet = findElements(card, (e) => e.type === 'Input.ChoiceSet')[0]!;
    let sent = first.sent;
    let replyTo = first.sent[0]!.id;
    let data: Record<string, unknown> = { ...submit.data, [choiceSet.id!]: choiceSet.choices![0]!.value };
    for (let i = 0; i < 6 && !sent.some((a) => citationOf(a).length > 0); i++) {
      const step = await exchange(chat, { value: data, replyToId: replyTo });
      sent = step.sent;
      const next = sent.find((a) => cardIn(a) && findElements(cardIn(a)!, (e) => e.type === 'Input.ChoiceSet').length > 0);
      if (next) {
        const c = cardIn(next)!;
        const s = c.actions!.find((a) => a.data?.action === 'answer')!;
        const cs = findElements(c, (e) => e.type === 'Input.ChoiceSet')[0]!;
        data = { ...s.data, [cs.id!]: cs.choices![0]!.value };
        replyTo = next.id;
      }
    }
    const verdict = sent.find((a) => citationOf(a).length > 0)!;
    assert.ok(verdict, 'a verdict with citations');
    assert.equal(verdict.text!.includes('\n'), false, 'in Teams the text is the verdict sentence above the card');
    assert.deepEqual(
      markersIn(verdict.text!),
      citationOf(verdict).map((c) => c.position),
    );
    assert.deepEqual(verdict.channelData?.feedbackLoop, { type: 'default' });
    assert.ok(
      connector.delivered.some((d) => d.conversationId === chat.conversationId && d.method === 'PUT'),
      'Teams receipts by PUT are unchanged',
    );
  });
});
