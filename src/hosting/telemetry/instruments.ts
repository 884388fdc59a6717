// The bot's spans and metrics, through @opentelemetry/api only. Until telemetry is started
// (setup.ts) nothing here is created, not even the API module loaded: every function here checks one
// flag and calls straight through, so a bot without an exporter pays no span, no attribute
// object and no metric call per turn, and nothing at start-up.
import type { Attributes, Counter, Histogram, Span, SpanKind, UpDownCounter } from '@opentelemetry/api';

type Api = typeof import('@opentelemetry/api');
let api: Api | undefined;

/** @opentelemetry/api, loaded on first use (only once telemetry runs). */
export function otelApi(): Api {
  return (api ??= require('@opentelemetry/api') as Api);
}

export const INSTRUMENTATION_NAME = 'multichannel-advisor';

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

/** Called once the SDK is registered (setup.ts); tests call it with a provider of their own. */
export function enableInstruments(): void {
  const { metrics, ValueType } = otelApi();
  const meter = metrics.getMeter(INSTRUMENTATION_NAME);
  instruments = {
    turns: meter.createCounter('advisor.turns', { description: 'Turns run, by channel and activity kind', unit: '{turn}', valueType: ValueType.INT }),
    turnDuration: meter.createHistogram('advisor.turn.duration', {
      description: 'Time a turn took, from the bot receiving the activity to its replies delivered and state saved',
      unit: 's',
    }),
    outcomes: meter.createCounter('advisor.outcomes', {
      description: 'Results shown, by decision-table row, locale and channel',
      unit: '{result}',
      valueType: ValueType.INT,
    }),
    // Up and down: a person's reaction counts once per verdict, and a changed one moves from one reaction to the other.
    feedback: meter.createUpDownCounter('advisor.feedback', {
      description:
        'Thumbs up or down given to a result, one per person and verdict message, by decision-table row, locale, reaction and channel (never the comment)',
      unit: '{reaction}',
      valueType: ValueType.INT,
    }),
    stateDuration: meter.createHistogram('advisor.state.duration', { description: 'State storage latency, by operation and outcome', unit: 's' }),
    partnerCenterEvents: meter.createCounter('advisor.partner_center_events', {
      description: "Partner Center's webhook events received, by outcome (delivered, duplicate, refused...) and refusal reason",
      unit: '{event}',
      valueType: ValueType.INT,
    }),
  };
}

export function disableInstruments(): void {
  instruments = undefined;
}

/** The reliability counters a turn runner keeps in memory, read by the metrics at each export. */
export interface ReliabilityCounters {
  conflictsRetried: number;
  duplicatesAcknowledged: number;
  undeliverable: number;
  abandoned: number;
}

/** Exposes the runner's counters as metrics (observed at export time: nothing on the turn path). */
export function observeReliability(stats: ReliabilityCounters): void {
  if (!instruments) return;
  const { metrics, ValueType } = otelApi();
  const meter = metrics.getMeter(INSTRUMENTATION_NAME);
  const observed: [string, string, keyof ReliabilityCounters][] = [
    ['advisor.state.conflicts_retried', 'Turns run again because another turn changed the conversation state first (eTag conflict)', 'conflictsRetried'],
    ['advisor.duplicate_deliveries', 'Activities delivered again by the channel, acknowledged without a second reply', 'duplicatesAcknowledged'],
    ['advisor.replies.undeliverable', 'Turns whose replies could not be delivered (state change undone, 503 to the channel)', 'undeliverable'],
    ['advisor.turns.abandoned', 'Turns given up after too many eTag conflicts (503 to the channel)', 'abandoned'],
  ];
  for (const [name, description, field] of observed) {
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
  instruments?.stateDuration.record(seconds, { 'advisor.state.operation': operation, 'advisor.state.outcome': outcome });
}

/** One Partner Center event answered: its outcome, and the reason code of a refusal. */
export function recordPartnerCenterEvent(outcome: string, reason?: string): void {
  instruments?.partnerCenterEvents.add(1, { 'advisor.event.outcome': outcome, ...(reason ? { 'advisor.event.reason': reason } : {}) });
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
