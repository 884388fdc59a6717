// One audit record per action the advisor carried out in Partner Center or Graph for a partner: a
// log line (audit: true) and, when telemetry runs, a span of its own. What each carries (ids only)
// is built by protocols/telemetry/auditRecord.ts; here they are written.
import { Logger } from '../logging/logger';
import { INSTRUMENTATION_NAME, otelApi, telemetryOn } from '../telemetry/instruments';
import { AUDIT_SPAN, auditLogEntry, AuditRecord, auditSpanAttributes, auditSpanError } from '../../protocols/telemetry/auditRecord';

export type { AuditRecord } from '../../protocols/telemetry/auditRecord';

export function auditAction(logger: Logger, record: AuditRecord): void {
  logger.info(auditLogEntry(record), 'partner action');
  if (!telemetryOn()) return;
  const { SpanKind, SpanStatusCode, trace } = otelApi();
  const span = trace.getTracer(INSTRUMENTATION_NAME).startSpan(AUDIT_SPAN, { kind: SpanKind.INTERNAL, attributes: auditSpanAttributes(record) });
  const error = auditSpanError(record);
  if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error });
  span.end();
}
