// One audit record per action the advisor carried out in Partner Center or Graph for a partner:
// who, for which customer tenant, what, how it ended and what it made. Ids only: never a token,
// never what the user typed, never a message text. A log line (audit: true) and, when telemetry
// runs, a span of its own.
import type { ActionFailureKind, ActionKind } from '../../domain/actions';
import { Logger } from '../logging/logger';
import { INSTRUMENTATION_NAME, otelApi, telemetryOn } from '../telemetry/instruments';

export interface AuditRecord {
  /** The partner user as the channel names them (their channel user id). */
  who: string;
  /** The signed-in user's Microsoft Entra object id (the `oid` of their token), when a call got that far. */
  signedInObjectId?: string;
  customerTenantId: string;
  /**
   * The action, or `assignAccess`: one access assignment of a GDAP relationship (one record per
   * security group); `removeAccess` one removed; `cancelTransfer` a transfer request cancelled;
   * `autoExtend` a relationship's automatic extension turned on; `handOver` an open item given to a colleague.
   */
  action: ActionKind | 'assignAccess' | 'removeAccess' | 'cancelTransfer' | 'autoExtend' | 'handOver';
  outcome: 'succeeded' | ActionFailureKind;
  /** The transfer's, relationship's or access assignment's id, when the action made one. */
  resultId?: string;
  correlationId?: string;
}

export function auditAction(logger: Logger, record: AuditRecord): void {
  // Field by field: whatever else a caller's object carries stays out of the record.
  const entry = {
    audit: true,
    who: record.who,
    ...(record.signedInObjectId ? { signedInObjectId: record.signedInObjectId } : {}),
    customerTenantId: record.customerTenantId,
    action: record.action,
    outcome: record.outcome,
    ...(record.resultId ? { resultId: record.resultId } : {}),
    ...(record.correlationId ? { correlationId: record.correlationId } : {}),
  };
  logger.info(entry, 'partner action');
  if (!telemetryOn()) return;
  const { SpanKind, SpanStatusCode, trace } = otelApi();
  const span = trace.getTracer(INSTRUMENTATION_NAME).startSpan('advisor.action', {
    kind: SpanKind.INTERNAL,
    attributes: {
      'advisor.audit': true,
      'enduser.id': record.signedInObjectId ?? record.who,
      'advisor.channel_user.id': record.who,
      'advisor.action.kind': record.action,
      'advisor.action.outcome': record.outcome,
      'advisor.customer.tenant_id': record.customerTenantId,
      ...(record.resultId ? { 'advisor.action.result_id': record.resultId } : {}),
    },
  });
  if (record.outcome !== 'succeeded') span.setStatus({ code: SpanStatusCode.ERROR, message: record.outcome });
  span.end();
}
