// The bot's spans and metrics, through @opentelemetry/api only. Until telemetry is started
// (setup.ts) nothing here is created, not even the API module loaded: every function here checks one
// flag and calls straight through, so a bot without an exporter pays no span, no attribute
// object and no metric call per turn, and nothing at start-up.
// The metrics' names, units and descriptions: protocols/telemetry/metrics.ts.
import type { Attributes, Counter, Histogram, Meter, Span, SpanKind, UpDownCounter } from '@opentelemetry/api';
import {
  INSTRUMENTATION_NAME,
  METRICS,
  MetricDefinition,
  partnerCenterEventAttributes,
  RELIABILITY_METRICS,
  ReliabilityCounters,
  stateLatencyAttributes,
} from '../../protocols/telemetry/metrics';

export { INSTRUMENTATION_NAME } from '../../protocols/telemetry/metrics';
export type { ReliabilityCounters } from '../../protocols/telemetry/metrics';

type Api = typeof import('@opentelemetry/api');
let api: Api | undefined;

/** @opentelemetry/api, loaded on first use (only once telemetry runs). */
export function otelApi(): Api {
  return (api ??= require('@opentelemetry/api') as Api);
}

interface Instruments {
  turns: Counter;
  turnDuration: Histogram;
  outcomes: Counter;
  feedback: UpDownCounter;
  stateDuration: Histogram;
  partnerCenterEvents: Counter;
}

let instruments: Instruments | undefined;

/** Whether a telemetry exporter runs in this process. */
export function telemetryOn(): boolean {
  return instruments !== undefined;
}

/** A metric as its definition says. */
function create(meter: Meter, d: MetricDefinition): Counter | Histogram | UpDownCounter {
  const { ValueType } = otelApi();
  const options = { description: d.description, unit: d.unit, ...(d.integer ? { valueType: ValueType.INT } : {}) };
  if (d.kind === 'histogram') return meter.createHistogram(d.name, options);
  return d.kind === 'counter' ? meter.createCounter(d.name, options) : meter.createUpDownCounter(d.name, options);
}

/** Called once the SDK is registered (setup.ts); tests call it with a provider of their own. */
export function enableInstruments(): void {
  const meter = otelApi().metrics.getMeter(INSTRUMENTATION_NAME);
  instruments = {
    turns: create(meter, METRICS.turns) as Counter,
    turnDuration: create(meter, METRICS.turnDuration) as Histogram,
    outcomes: create(meter, METRICS.outcomes) as Counter,
    feedback: create(meter, METRICS.feedback) as UpDownCounter,
    stateDuration: create(meter, METRICS.stateDuration) as Histogram,
    partnerCenterEvents: create(meter, METRICS.partnerCenterEvents) as Counter,
  };
}

export function disableInstruments(): void {
  instruments = undefined;
}

/** Exposes the runner's counters as metrics (observed at export time: nothing on the turn path). */
export function observeReliability(stats: ReliabilityCounters): void {
  if (!instruments) return;
  const { metrics, ValueType } = otelApi();
  const meter = metrics.getMeter(INSTRUMENTATION_NAME);
  for (const { name, description, field } of RELIABILITY_METRICS) {
    meter.createObservableCounter(name, { description, valueType: ValueType.INT }).addCallback((result) => result.observe(stats[field]));
  }
}

export function recordTurn(attributes: Attributes, seconds: number): void {
  if (!instruments) return;
  instruments.turns.add(1, attributes);
  instruments.turnDuration.record(seconds, attributes);
}

export function recordOutcome(attributes: Attributes): void {
  instruments?.outcomes.add(1, attributes);
}

/** One reaction more (1), or one taken back because the person changed it (-1). */
export function recordFeedback(attributes: Attributes, change: 1 | -1 = 1): void {
  instruments?.feedback.add(change, attributes);
}

export function recordStateLatency(operation: string, outcome: string, seconds: number): void {
  instruments?.stateDuration.record(seconds, stateLatencyAttributes(operation, outcome));
}

/** One Partner Center event answered: its outcome, and the reason code of a refusal. */
export function recordPartnerCenterEvent(outcome: string, reason?: string): void {
  instruments?.partnerCenterEvents.add(1, partnerCenterEventAttributes(outcome, reason));
}

/** The error's class only: a message could quote what the user typed or a token. */
export function markFailed(span: Span, error: unknown): void {
  span.setStatus({ code: otelApi().SpanStatusCode.ERROR, message: error instanceof Error ? error.name : typeof error });
  span.setAttribute('error.type', error instanceof Error ? error.name : typeof error);
}

/** Runs `work` in a child span of the active one (a state access, a connector call); straight through when off. */
export function traced<T>(name: string, attributes: Attributes, work: () => Promise<T>, kind?: SpanKind): Promise<T> {
  if (!instruments) return work();
  const { trace, SpanKind: Kinds } = otelApi();
  return trace.getTracer(INSTRUMENTATION_NAME).startActiveSpan(name, { kind: kind ?? Kinds.CLIENT, attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}
