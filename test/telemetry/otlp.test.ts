// OpenTelemetry from the compiled bot, configured by the standard OTEL_* settings only: a run
// against a stand-in collector gets the turn's spans (continuing the caller's traceparent, with
// state and connector spans below them) and the metrics, all carrying OTEL_SERVICE_NAME, never
// the user's words; the log lines of a turn carry its trace id. Without an exporter setting,
// nothing is exported and the log lines carry no trace id.
import { strict as assert } from 'assert';
import { randomBytes } from 'crypto';
import { BotProcess } from '../support/botProcess';
import { HttpChat } from '../support/httpChat';
import { postJson } from '../support/http';
import { cardOf, resultOf } from '../support/chat';
import { OtlpReceiver, attr, otlpReceiver, until } from '../support/otlpReceiver';

const SERVICE = 'advisor-telemetry-test';

/** Answers each question with its first option until the result card. */
async function finish(chat: HttpChat): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    const last = chat.transcript[chat.transcript.length - 1];
    if (resultOf(cardOf(last as never) ?? { type: 'AdaptiveCard' }).verdict) return;
    assert.equal((await chat.answer(chat.currentQuestion().options[0]!)).status, 200);
  }
  throw new Error('no result after 10 answers');
}

describe('OpenTelemetry export (OTLP/HTTP JSON to a local receiver)', function () {
  this.timeout(60_000);
  let receiver: OtlpReceiver;
  let bot: BotProcess;
  // Words only the user typed: they must reach no span, metric or attribute.
  const marker = `zebra${randomBytes(4).toString('hex')}`;
  const traceId = randomBytes(16).toString('hex');
  const parentSpanId = randomBytes(8).toString('hex');

  before(async () => {
    receiver = await otlpReceiver();
    bot = await BotProcess.start({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: SERVICE,
      OTEL_METRIC_EXPORT_INTERVAL: '300',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    const chat = new HttpChat(bot.base, `otel-${marker}`);
    assert.equal((await chat.say(`hello ${marker}`)).status, 200);
    await finish(chat);
    // A channel's retry of a delivered activity, and a turn inside the caller's trace.
    const again = new HttpChat(bot.base, `otel-again-${marker}`);
    const repeat = again.activity({ text: `hello ${marker}` });
    assert.equal((await again.post(repeat)).replies.length > 0, true);
    assert.deepEqual((await again.post(repeat)).replies, [], 'acknowledged without a reply');
    const traced = new HttpChat(bot.base, `otel-traced-${marker}`);
    const res = await postJson(`${bot.base}/api/messages`, traced.activity({ text: `hi ${marker}` }), { traceparent: `00-${traceId}-${parentSpanId}-01` });
    assert.equal(res.status, 200);
    await until('the result turn', () => receiver.spans().some((s) => s.name === 'advisor.turn' && attr(s.attributes, 'advisor.outcome.row') !== undefined));
    await until('the traced turn', () => receiver.spans().some((s) => s.traceId === traceId && s.name === 'advisor.turn'));
    await until('the outcome metric', () => receiver.metrics().some((m) => m.name === 'advisor.outcomes'));
    await until('the duplicate counted', () =>
      receiver.metrics().some((m) => m.name === 'advisor.duplicate_deliveries' && m.sum!.dataPoints.some((p) => Number(p.asInt ?? p.asDouble) >= 1)),
    );
  });
  after(async () => {
    await bot?.stop();
    await receiver?.close();
  });

  it('exports one span per turn labelled by ids, under the service name', () => {
    const turns = receiver.spans().filter((s) => s.name === 'advisor.turn');
    assert.ok(turns.length >= 5, `turn spans: ${turns.length}`);
    for (const span of turns) {
      assert.equal(span.service, SERVICE);
      assert.equal(attr(span.attributes, 'advisor.channel'), 'webchat');
      assert.equal(attr(span.attributes, 'advisor.activity.kind'), 'message');
    }
    assert.ok(turns.some((s) => attr(s.attributes, 'advisor.locale') === 'en-US'));
    assert.ok(
      turns.some((s) => /^[a-zA-Z]+$/.test(attr(s.attributes, 'advisor.question.id') ?? '')),
      'the question asked',
    );
    assert.ok(
      turns.some((s) => /^[GC]\d$/.test(attr(s.attributes, 'advisor.outcome.row') ?? '')),
      'the outcome row',
    );
  });

  it('continues an incoming W3C traceparent and nests state and connector spans in the turn', () => {
    const spans = receiver.spans().filter((s) => s.traceId === traceId);
    const request = spans.find((s) => s.name === 'POST /api/messages')!;
    assert.equal(request.parentSpanId, parentSpanId, "the request span is a child of the caller's span");
    const turn = spans.find((s) => s.name === 'advisor.turn')!;
    assert.equal(turn.parentSpanId, request.spanId);
    const children = spans.filter((s) => s.parentSpanId === turn.spanId).map((s) => s.name);
    for (const name of ['state.read', 'state.write', 'connector.send']) assert.ok(children.includes(name), `${name} in ${children.join(', ')}`);
  });

  it('exports the turn, outcome, reliability and storage metrics under the service name', () => {
    const byName = new Map(receiver.metrics().map((m) => [m.name, m]));
    for (const name of [
      'advisor.turns',
      'advisor.turn.duration',
      'advisor.outcomes',
      'advisor.state.duration',
      'advisor.state.conflicts_retried',
      'advisor.duplicate_deliveries',
      'advisor.replies.undeliverable',
    ]) {
      assert.ok(byName.has(name), `metric ${name}`);
      assert.equal(byName.get(name)!.service, SERVICE);
    }
    const outcome = byName.get('advisor.outcomes')!.sum!.dataPoints[0]!;
    assert.match(attr(outcome.attributes, 'advisor.outcome.row') ?? '', /^[GC]\d$/);
    assert.equal(attr(outcome.attributes, 'advisor.locale'), 'en-US');
    assert.equal(attr(outcome.attributes, 'advisor.channel'), 'webchat');
    const turns = byName.get('advisor.turns')!.sum!.dataPoints;
    assert.ok(turns.some((p) => attr(p.attributes, 'advisor.channel') === 'webchat' && attr(p.attributes, 'advisor.activity.kind') === 'message'));
    assert.ok(Number(byName.get('advisor.turn.duration')!.histogram!.dataPoints[0]!.count) >= 1);
  });

  it("never exports the user's words", () => {
    assert.ok(receiver.bodies.length > 0);
    for (const body of receiver.bodies) assert.ok(!body.text.includes(marker), `${body.path} holds the message text`);
  });

  it('puts the trace id on the log lines of a turn', () => {
    const turnLines = bot.logged('turn');
    assert.ok(turnLines.length >= 5);
    for (const line of turnLines) assert.match(String(line.trace_id), /^[0-9a-f]{32}$/);
    assert.ok(
      turnLines.some((l) => l.trace_id === traceId),
      "the caller's trace",
    );
    assert.equal(bot.logged('advisor listening')[0]!.telemetry, 'otlp');
  });
});

describe('OpenTelemetry off', function () {
  this.timeout(30_000);

  it('issue 67 finding 5: adds no trace id without an exporter setting, checked after a clean stop', async () => {
    // A protocol and a service name alone choose no exporter.
    const bot = await BotProcess.start({ OTEL_SERVICE_NAME: SERVICE, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_METRIC_EXPORT_INTERVAL: '100' });
    try {
      const chat = new HttpChat(bot.base, 'otel-off');
      const reply = await chat.say('hello');
      assert.equal(reply.status, 200);
      assert.ok(reply.replies.length > 0, 'the bot answered the turn');
    } finally {
      // The positive signal: SIGTERM, the clean-stop line and exit 0, after which every line of the
      // turn (and anything telemetry would have flushed) is out.
      assert.deepEqual(await bot.stop(), { code: 0, signal: null });
    }
    assert.equal(bot.logged('stopped cleanly').length, 1);
    assert.equal(bot.logged('advisor listening')[0]!.telemetry, 'none');
    const turns = bot.logged('turn');
    assert.ok(turns.length >= 1, 'the turn was logged');
    for (const turn of turns) assert.equal(turn.trace_id, undefined);
  });

  /**
   * One turn against a bot given `receiver` as its collector, then SIGTERM: exit 0 comes after
   * telemetry's shutdown, which sends whatever an exporter holds, so what the receiver has then is
   * all the bot would ever send it.
   */
  async function oneTurnThenCleanStop(env: Record<string, string>): Promise<{ bot: BotProcess; received: string[] }> {
    const receiver = await otlpReceiver();
    try {
      const bot = await BotProcess.start({
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_SERVICE_NAME: SERVICE,
        OTEL_METRIC_EXPORT_INTERVAL: '60000',
        OTEL_BSP_SCHEDULE_DELAY: '60000',
        ...env,
      });
      try {
        const chat = new HttpChat(bot.base, 'otel-clean-stop');
        assert.equal((await chat.say('hello')).status, 200);
      } finally {
        assert.deepEqual(await bot.stop(), { code: 0, signal: null });
      }
      assert.equal(bot.logged('stopped cleanly').length, 1);
      assert.ok(bot.logged('turn').length >= 1, 'the turn was logged');
      return { bot, received: receiver.bodies.map((b) => b.path) };
    } finally {
      await receiver.close();
    }
  }

  it('issue 67 finding 5: the clean stop is a signal that holds: with an exporter, the spans and metrics are in by then', async () => {
    // Export intervals of a minute: only the shutdown's flush can have sent them.
    const { bot, received } = await oneTurnThenCleanStop({});
    assert.equal(bot.logged('advisor listening')[0]!.telemetry, 'otlp');
    assert.ok(received.includes('/v1/traces') && received.includes('/v1/metrics'), received.join(', '));
  });

  it('issue 67 finding 5: exports nothing to the collector it is given when OTEL_SDK_DISABLED=true, checked after a clean stop', async () => {
    const { bot, received } = await oneTurnThenCleanStop({ OTEL_SDK_DISABLED: 'true' });
    assert.equal(bot.logged('advisor listening')[0]!.telemetry, 'none');
    assert.deepEqual(received, []);
  });
});
