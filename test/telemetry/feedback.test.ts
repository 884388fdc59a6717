// Feedback on a verdict as a metric, from the compiled bot exporting to a local OTLP receiver:
// a Copilot conversation (replies through a stand-in connector, so the verdict message gets an
// id) reaches its verdict, a thumbs down with a comment comes back on it, and `advisor.feedback`
// counts it under the verdict's row, the locale, the reaction and the channel. The comment is in
// no exported body and no log line. A reaction counts once per person and verdict message (a
// changed one replaces theirs; the same activity sent again counts once), and only on a verdict
// the bot sent in that conversation: feedback on a question card, an unknown id, another
// conversation's verdict or in Web Chat is answered the same empty 200 and counted nowhere, nor
// is a payload that is no feedback.
import { strict as assert } from 'assert';
import { randomBytes } from 'crypto';
import { StandInConnector } from '../../bench/standInConnector';
import { BotProcess } from '../support/botProcess';
import { HttpChat } from '../support/httpChat';
import { postJson } from '../support/http';
import { CardJson, resultOf } from '../support/chat';
import { OtlpReceiver, attr, otlpReceiver, until } from '../support/otlpReceiver';

describe('feedback on a verdict, exported as a metric (OTLP/HTTP JSON)', function () {
  this.timeout(60_000);
  let receiver: OtlpReceiver;
  let bot: BotProcess;
  let connector: StandInConnector;
  const comment = `zebra${randomBytes(4).toString('hex')}`;

  before(async () => {
    receiver = await otlpReceiver();
    connector = await StandInConnector.start({ log: true });
    bot = await BotProcess.start({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: 'advisor-feedback-test',
      OTEL_METRIC_EXPORT_INTERVAL: '300',
    });
  });
  after(async () => {
    await bot?.stop();
    await connector?.close();
    await receiver?.close();
  });

  function feedbackPoints(): { row?: string; reaction?: string; locale?: string; channel?: string; value: number }[] {
    const latest = receiver
      .metrics()
      .filter((m) => m.name === 'advisor.feedback')
      .at(-1);
    return (latest?.sum?.dataPoints ?? []).map((p) => ({
      row: attr(p.attributes, 'advisor.outcome.row'),
      reaction: attr(p.attributes, 'advisor.feedback.reaction'),
      locale: attr(p.attributes, 'advisor.locale'),
      channel: attr(p.attributes, 'advisor.channel'),
      value: Number(p.asInt ?? p.asDouble),
    }));
  }

  it('counts a reaction once per person and verdict, under its row, locale and channel, only on a verdict of that conversation, and never exports or logs the comment', async () => {
    const chat = new HttpChat(bot.base, `feedback-${comment}`, {
      channelId: 'msteams',
      locale: 'pt-BR',
      extra: { deliveryMode: 'normal', serviceUrl: connector.url, entities: [{ type: 'ProductInfo', id: 'COPILOT' }] },
    });
    const sentence = await postJson(
      `${bot.base}/api/messages`,
      chat.activity({ text: 'Cliente na nuvem comercial comprou Azure de outro parceiro CSP, somos parceiro de cobrança direta' }),
    );
    assert.equal(sentence.status, 200);
    const verdict = connector
      .messagesTo(chat.conversationId)
      .map((d) => d.activity)
      .find((a) => Array.isArray(a.entities) && a.entities.length > 0);
    assert.ok(verdict, `a cited verdict at once (${connector.messagesTo(chat.conversationId).length} replies)`);
    const row = resultOf((verdict.attachments as { content: CardJson }[])[0]!.content).row;
    assert.ok(row);

    const feedback = (reaction: string, extra: Record<string, unknown> = {}) => ({
      actionName: 'feedback',
      actionValue: { reaction, feedback: JSON.stringify({ feedbackText: `not what I asked ${comment}` }) },
      ...extra,
    });
    const feedbackInvoke = (on: HttpChat, replyToId: string, value: unknown, from?: string, extra: Record<string, unknown> = {}) =>
      on.activity({ type: 'invoke', name: 'message/submitAction', replyToId, value, ...(from ? { from: { id: from } } : {}), ...extra });
    const submit = (on: HttpChat, replyToId: string, value: unknown, from?: string) =>
      postJson(`${bot.base}/api/messages`, feedbackInvoke(on, replyToId, value, from));
    const answer = await submit(chat, String(verdict.id), feedback('dislike'));
    assert.equal(answer.status, 200);
    assert.equal(answer.text, '');
    // The same person likes it 50 times: their dislike becomes one like.
    for (let i = 0; i < 50; i++) assert.equal((await submit(chat, String(verdict.id), feedback('like'))).status, 200);
    // Someone else's dislike, its activity sent three times.
    const resent = feedbackInvoke(chat, String(verdict.id), feedback('dislike'), '29:colleague');
    for (let i = 0; i < 3; i++) assert.equal((await postJson(`${bot.base}/api/messages`, resent)).status, 200);
    // Not counted, each answered 200: an unknown id, a question card, another conversation, Web Chat.
    assert.equal((await submit(chat, 'some-other-message', feedback('like'), '29:other-1')).status, 200);
    const before = connector.messagesTo(chat.conversationId).length;
    await postJson(`${bot.base}/api/messages`, chat.activity({ text: 'recomeçar' }));
    const question = connector.messagesTo(chat.conversationId).slice(before).at(-1)?.activity;
    assert.ok(question?.id, 'a question card was posted');
    assert.equal((await submit(chat, String(question.id), feedback('like'), '29:other-2')).status, 200);
    const elsewhere = new HttpChat(bot.base, `feedback-elsewhere-${comment}`, {
      channelId: 'msteams',
      locale: 'pt-BR',
      extra: { entities: [{ type: 'ProductInfo', id: 'COPILOT' }] },
    });
    assert.equal((await submit(elsewhere, String(verdict.id), feedback('like'), '29:other-3')).status, 200);
    const webChat = new HttpChat(bot.base, `feedback-webchat-${comment}`, { locale: 'pt-BR' });
    assert.equal((await submit(webChat, String(verdict.id), feedback('like'), '29:other-4')).status, 200);
    assert.equal((await submit(chat, String(verdict.id), { actionName: 'feedback', actionValue: { reaction: 'love' } })).status, 400);
    // Last, a like that counts under a locale of its own: once it is exported, everything sent before it is too.
    const last = feedbackInvoke(chat, String(verdict.id), feedback('like'), '29:last', { locale: 'hu-HU' });
    assert.equal((await postJson(`${bot.base}/api/messages`, last)).status, 200);

    await until('the last like counted', () => feedbackPoints().some((p) => p.locale === 'hu-HU'));
    const points = feedbackPoints();
    assert.deepEqual(points.map((p) => `${p.row} ${p.reaction} ${p.locale} ${p.channel} ${p.value}`).sort(), [
      `${row} dislike pt-BR copilot 1`,
      `${row} like hu-HU copilot 1`,
      `${row} like pt-BR copilot 1`,
    ]);
    for (const body of receiver.bodies) assert.ok(!body.text.includes(comment), `${body.path} holds the comment`);
    assert.ok(bot.logs.length > 0);
    assert.ok(!JSON.stringify(bot.logs).includes(comment), 'a log line holds the comment');
  });
});
