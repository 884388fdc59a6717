// Feedback on a verdict as a metric, from the compiled bot exporting to a local OTLP receiver:
// a Copilot conversation (replies through a stand-in connector, so the verdict message gets an
// id) reaches its verdict, a thumbs down with a comment comes back on it, and `advisor.feedback`
// counts it under the verdict's row, the locale, the reaction and the channel. The comment is in
// no exported body and no log line. Feedback on a message the bot does not know is counted as
// `unknown`, and a payload that is no feedback is counted nowhere.
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

  it('counts a reaction under the row, locale and channel of the verdict it was given on, and never exports or logs the comment', async () => {
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

    const submit = (replyToId: string, value: unknown) =>
      postJson(`${bot.base}/api/messages`, chat.activity({ type: 'invoke', name: 'message/submitAction', replyToId, value }));
    const answer = await submit(String(verdict.id), {
      actionName: 'feedback',
      actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: `not what I asked ${comment}` }) },
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.text, '');
    assert.equal((await submit('some-other-message', { actionName: 'feedback', actionValue: { reaction: 'like', feedback: {} } })).status, 200);
    assert.equal((await submit(String(verdict.id), { actionName: 'feedback', actionValue: { reaction: 'love' } })).status, 400);

    await until('both reactions counted', () => feedbackPoints().reduce((n, p) => n + p.value, 0) >= 2);
    const points = feedbackPoints();
    assert.deepEqual(points.map((p) => `${p.row} ${p.reaction} ${p.locale} ${p.channel} ${p.value}`).sort(), [
      `${row} dislike pt-BR copilot 1`,
      'unknown like pt-BR copilot 1',
    ]);
    for (const body of receiver.bodies) assert.ok(!body.text.includes(comment), `${body.path} holds the comment`);
    assert.ok(bot.logs.length > 0);
    assert.ok(!JSON.stringify(bot.logs).includes(comment), 'a log line holds the comment');
  });
});
