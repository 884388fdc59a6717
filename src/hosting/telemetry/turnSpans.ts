// One span per turn, labelled with ids only (channel, activity kind, locale, question, outcome
// row; never the text), continuing the channel's W3C traceparent, and the turn metrics.
import type { IncomingHttpHeaders } from 'http';
import type { Attributes } from '@opentelemetry/api';
import { Middleware, TurnContext } from 'botbuilder';
import { turnStateOf } from '../context/turnState';
import { INSTRUMENTATION_NAME, markFailed, otelApi, recordOutcome, recordTurn, telemetryOn } from './instruments';
import { isTransientTurnError } from '../errors/turnErrors';

/**
 * Runs an HTTP request's handling in a span of its own, in the caller's trace when it sent one
 * (W3C `traceparent` / `tracestate`), so the turn's span and every log line of the request join
 * it. Straight through when telemetry is off.
 */
export function withRequestSpan(name: string, headers: IncomingHttpHeaders, work: () => Promise<number>): Promise<void> {
  if (!telemetryOn()) return work().then(() => undefined);
  const { ROOT_CONTEXT, SpanKind, context, propagation, trace } = otelApi();
  const parent = headers.traceparent === undefined ? context.active() : propagation.extract(ROOT_CONTEXT, headers);
  return trace.getTracer(INSTRUMENTATION_NAME).startActiveSpan(name, { kind: SpanKind.SERVER }, parent, async (span) => {
    try {
      span.setAttribute('http.response.status_code', await work());
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The turn's span and metrics; added to the adapter only when telemetry is on. */
export class TurnTelemetry implements Middleware {
  async onTurn(turn: TurnContext, next: () => Promise<void>): Promise<void> {
    const a = turn.activity;
    const base: Attributes = { 'advisor.channel': a.channelId ?? 'unknown', 'advisor.activity.kind': a.type ?? 'unknown' };
    const { SpanKind, trace } = otelApi();
    const tracer = trace.getTracer(INSTRUMENTATION_NAME);
    await tracer.startActiveSpan('advisor.turn', { kind: SpanKind.INTERNAL, attributes: base }, async (span) => {
      const started = process.hrtime.bigint();
      let result = 'ok';
      try {
        await next();
      } catch (error) {
        result = isTransientTurnError(error) ? 'retry' : 'failed';
        markFailed(span, error);
        throw error;
      } finally {
        const facts = turnStateOf(turn).facts;
        const labels: Attributes = {
          ...(facts ? { 'advisor.locale': facts.locale } : {}),
          ...(facts?.question ? { 'advisor.question.id': facts.question } : {}),
          ...(facts?.answered ? { 'advisor.question.answered': facts.answered } : {}),
          ...(facts?.row ? { 'advisor.outcome.row': facts.row } : {}),
          'advisor.turn.result': result,
        };
        span.setAttributes(labels);
        span.end();
        recordTurn({ ...base, 'advisor.turn.result': result }, Number(process.hrtime.bigint() - started) / 1e9);
        if (facts?.row && result === 'ok') {
          recordOutcome({ 'advisor.outcome.row': facts.row, 'advisor.locale': facts.locale, 'advisor.channel': base['advisor.channel']! });
        }
      }
    });
  }
}
