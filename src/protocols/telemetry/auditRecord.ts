// One audit record per action the advisor carried out in Partner Center or Graph for a partner:
// who, for which customer tenant, what, how it ended and what it made. Ids only: never a token,
// never what the user typed, never a message text. What its log line and its span carry is built
// here, field by field, so whatever else a caller's object holds stays out; the shell
// (hosting/microsoftApis/audit.ts) writes the line and, when telemetry runs, the span.
import type { ActionFailureKind, ActionKind } from '../../domain/actions';

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

/** What a caller knows of an action; a field it does not know (undefined or empty) is left out of the record. */
export interface AuditFields {
  who: string;
  signedInObjectId?: string | undefined;
  customerTenantId: string;
  action: AuditRecord['action'];
  outcome: AuditRecord['outcome'];
  resultId?: string | undefined;
  correlationId?: string | undefined;
}

/** The one way an audit record is made, whichever step carried out the action. */
export function auditRecordOf(fields: AuditFields): AuditRecord {
  const record: AuditRecord = { who: fields.who, customerTenantId: fields.customerTenantId, action: fields.action, outcome: fields.outcome };
  if (fields.signedInObjectId) record.signedInObjectId = fields.signedInObjectId;
  if (fields.resultId) record.resultId = fields.resultId;
  if (fields.correlationId) record.correlationId = fields.correlationId;
  return record;
}

/** The span's name. */
export const AUDIT_SPAN = 'advisor.action';

/** The log line's fields (marked audit: true). */
export function auditLogEntry(record: AuditRecord): Record<string, unknown> {
  return {
    audit: true,
    who: record.who,
    ...(record.signedInObjectId ? { signedInObjectId: record.signedInObjectId } : {}),
    customerTenantId: record.customerTenantId,
    action: record.action,
    outcome: record.outcome,
    ...(record.resultId ? { resultId: record.resultId } : {}),
    ...(record.correlationId ? { correlationId: record.correlationId } : {}),
  };
}

/** The span's attributes: the end user is the signed-in object id where known, else the channel user; no correlation id (the span's trace is one). */
export function auditSpanAttributes(record: AuditRecord): Record<string, string | boolean> {
  return {
    'advisor.audit': true,
    'enduser.id': record.signedInObjectId ?? record.who,
    'advisor.channel_user.id': record.who,
    'advisor.action.kind': record.action,
    'advisor.action.outcome': record.outcome,
    'advisor.customer.tenant_id': record.customerTenantId,
    ...(record.resultId ? { 'advisor.action.result_id': record.resultId } : {}),
  };
}

/** The span's error message, for an action that did not succeed; none when it did. */
export const auditSpanError = (record: Pick<AuditRecord, 'outcome'>): string | undefined => (record.outcome === 'succeeded' ? undefined : record.outcome);
