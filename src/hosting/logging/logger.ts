// Structured JSON logs. Message text is never logged at info level, secrets never at all: every
// line passes the redaction of logging/redaction.ts, whoever writes it (the web framework logs
// through a child of this logger).
import pino, { Logger } from 'pino';
import { DEFAULT_LOG_BUFFER_BYTES, stdoutDestination } from './destination';
import { otelApi, telemetryOn } from '../telemetry/instruments';
import { secretSafeOptions } from './redaction';

export type { Logger };

export function createLogger(level: string, bufferBytes = DEFAULT_LOG_BUFFER_BYTES): Logger {
  // A bounded, asynchronous stdout (logging/destination.ts): a slow, full or closed stdout drops
  // lines instead of stalling turns or the exit.
  const destination = stdoutDestination(bufferBytes);
  const logger = pino(
    {
      level,
      base: { service: 'multichannel-advisor' },
      // With telemetry on, each line written during a turn or request names its trace and span.
      ...(telemetryOn() ? { mixin: traceIds } : {}),
      ...secretSafeOptions(),
    },
    destination,
  );
  destination.onDropped = (dropped, total) => logger.warn({ dropped, droppedTotal: total }, 'log lines dropped: the log destination was not keeping up');
  return logger;
}

function traceIds(): Record<string, string> {
  const span = otelApi().trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}
