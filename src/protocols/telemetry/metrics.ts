// The bot's metrics as its dashboards and alerts know them: each one's name, kind, unit and
// description, and the attributes of the ones recorded with fixed attribute names. A renamed metric
// breaks every dashboard built on it, so they are data here, checked against docs/telemetry.md by a
// test; the shell (hosting/telemetry/instruments.ts) creates them once telemetry runs.

export const INSTRUMENTATION_NAME = 'multichannel-advisor';

export interface MetricDefinition {
  name: string;
  kind: 'counter' | 'histogram' | 'upDownCounter';
  description: string;
  /** UCUM, or a {annotation} for counts of things. */
  unit: string;
  /** Whole numbers only (a count), as OpenTelemetry's ValueType.INT. */
  integer: boolean;
}

export const METRICS = {
  turns: { name: 'advisor.turns', kind: 'counter', description: 'Turns run, by channel and activity kind', unit: '{turn}', integer: true },
  turnDuration: {
    name: 'advisor.turn.duration',
    kind: 'histogram',
    description: 'Time a turn took, from the bot receiving the activity to its replies delivered and state saved',
    unit: 's',
    integer: false,
  },
  outcomes: {
    name: 'advisor.outcomes',
    kind: 'counter',
    description: 'Results shown, by decision-table row, locale and channel',
    unit: '{result}',
    integer: true,
  },
  // Up and down: a person's reaction counts once per verdict, and a changed one moves from one reaction to the other.
  feedback: {
    name: 'advisor.feedback',
    kind: 'upDownCounter',
    description:
      'Thumbs up or down given to a result, one per person and verdict message, by decision-table row, locale, reaction and channel (never the comment)',
    unit: '{reaction}',
    integer: true,
  },
  stateDuration: {
    name: 'advisor.state.duration',
    kind: 'histogram',
    description: 'State storage latency, by operation and outcome',
    unit: 's',
    integer: false,
  },
  partnerCenterEvents: {
    name: 'advisor.partner_center_events',
    kind: 'counter',
    description: "Partner Center's webhook events received, by outcome (delivered, duplicate, refused...) and refusal reason",
    unit: '{event}',
    integer: true,
  },
} as const satisfies Record<string, MetricDefinition>;

/** The reliability counters a turn runner keeps in memory. */
export interface ReliabilityCounters {
  conflictsRetried: number;
  duplicatesAcknowledged: number;
  undeliverable: number;
  abandoned: number;
}

/** The runner's counters as observable counters (read at each export: nothing on the turn path). */
export const RELIABILITY_METRICS: readonly { name: string; description: string; field: keyof ReliabilityCounters }[] = [
  {
    name: 'advisor.state.conflicts_retried',
    description: 'Turns run again because another turn changed the conversation state first (eTag conflict)',
    field: 'conflictsRetried',
  },
  {
    name: 'advisor.duplicate_deliveries',
    description: 'Activities delivered again by the channel, acknowledged without a second reply',
    field: 'duplicatesAcknowledged',
  },
  {
    name: 'advisor.replies.undeliverable',
    description: 'Turns whose replies could not be delivered (state change undone, 503 to the channel)',
    field: 'undeliverable',
  },
  { name: 'advisor.turns.abandoned', description: 'Turns given up after too many eTag conflicts (503 to the channel)', field: 'abandoned' },
];

export const stateLatencyAttributes = (operation: string, outcome: string): Record<string, string> => ({
  'advisor.state.operation': operation,
  'advisor.state.outcome': outcome,
});

/** A Partner Center event's outcome, and the reason code of a refusal. */
export const partnerCenterEventAttributes = (outcome: string, reason?: string): Record<string, string> => ({
  'advisor.event.outcome': outcome,
  ...(reason ? { 'advisor.event.reason': reason } : {}),
});
