// The follow-ups' metrics, as the telemetry room's instruments are made (instruments.ts): nothing is
// created or loaded until telemetry runs, then each instrument once. Follow-ups sent by kind and
// outcome, the time from the change (the event's ResourceChangeUtcDate, or when a poll found it) to
// the message, and polls by outcome.
import type { Counter, Histogram } from '@opentelemetry/api';
import { INSTRUMENTATION_NAME, otelApi, telemetryOn, traced } from '../telemetry/instruments';

interface FollowUpInstruments {
  sent: Counter;
  latency: Histogram;
  polls: Counter;
}

let instruments: FollowUpInstruments | undefined;

function made(): FollowUpInstruments | undefined {
  if (!telemetryOn()) return undefined;
  if (instruments) return instruments;
  const { metrics, ValueType } = otelApi();
  const meter = metrics.getMeter(INSTRUMENTATION_NAME);
  instruments = {
    sent: meter.createCounter('advisor.follow_ups', {
      description: 'Follow-up messages of open cases, by case kind, follow-up, source (event, poll, reminder, retry) and delivery (sent, unreachable, retry)',
      unit: '{message}',
      valueType: ValueType.INT,
    }),
    latency: meter.createHistogram('advisor.follow_up.latency', {
      description: "Time from a case's change (the event's ResourceChangeUtcDate, or when a poll found it) to its follow-up's delivery",
      unit: 's',
    }),
    polls: meter.createCounter('advisor.follow_up.polls', {
      description: "Status reads of open cases' objects where no event came, by case kind and outcome (changed, unchanged, failed)",
      unit: '{poll}',
      valueType: ValueType.INT,
    }),
  };
  return instruments;
}

export function recordFollowUp(kind: string, followUp: string, source: string, delivery: string, seconds: number): void {
  const i = made();
  if (!i) return;
  const attributes = { 'advisor.case.kind': kind, 'advisor.follow_up': followUp, 'advisor.follow_up.source': source, 'advisor.follow_up.delivery': delivery };
  i.sent.add(1, attributes);
  if (delivery === 'sent') i.latency.record(Math.max(0, seconds), { 'advisor.case.kind': kind, 'advisor.follow_up.source': source });
}

export function recordPoll(kind: string, outcome: 'changed' | 'unchanged' | 'failed'): void {
  made()?.polls.add(1, { 'advisor.case.kind': kind, 'advisor.poll.outcome': outcome });
}

/** A follow-up's work as a span of its own (a proactive turn, a poll), when telemetry runs. */
export function tracedCase<T>(name: string, attributes: Record<string, string>, work: () => Promise<T>): Promise<T> {
  return traced(name, attributes, work);
}

/** Tests: instruments made again on the next record (after a test's own meter provider). */
export function resetFollowUpInstruments(): void {
  instruments = undefined;
}
