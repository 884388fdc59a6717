// Structured JSON logs. Message text and secrets are never logged at info level.
import pino, { Logger } from 'pino';
import { otelApi, telemetryOn } from './telemetry/instruments';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'multichannel-advisor' },
    // With telemetry on, each line written during a turn or request names its trace and span.
    ...(telemetryOn() ? { mixin: traceIds } : {}),
    redact: { paths: ['*.password', '*.appPassword', '*.authorization', '*.headers.authorization', '*.secret'], censor: '[redacted]' },
  });
}

function traceIds(): Record<string, string> {
  const span = otelApi().trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}
