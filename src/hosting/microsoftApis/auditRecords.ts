// What an event was about, from its audit record, read with the follow-up app's token where the
// event's audit URI is Partner Center's own; what the record says, and which URIs are Partner
// Center's, is read by the pure src/domain/microsoftApis/auditRecords.ts; the request, with Partner
// Center's REST headers, is protocols/partnerCenter/requests.ts's.
import { randomUUID } from 'crypto';
import type { PartnerCenterEvent } from '../../domain/partnerCenterEvents';
import { AuditDetails, auditPathOf, eventDetails } from '../../domain/microsoftApis/auditRecords';
import { PARTNER_CENTER_BASE_URL } from '../../domain/microsoftApis/partnerCenterAnswers';
import { AppTokens, tokenSourceOf } from './appTokens';
import { runPlan } from './call';
import { eventDetailsPlan } from '../../protocols/partnerCenter/requests';

export interface AuditReadOptions {
  /** The app's tokens; without them only ResourceUri is read. */
  tokens?: AppTokens;
  /** Partner Center's address (its stand-in's in the demonstration and tests). */
  baseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * The event's details: its audit record's when it has one that can be read, completed with
 * ResourceUri's object id. Never throws: what cannot be read is left out.
 */
export async function readEventDetails(event: PartnerCenterEvent, options: AuditReadOptions = {}): Promise<AuditDetails> {
  const baseUrl = options.baseUrl ?? PARTNER_CENTER_BASE_URL;
  const path = event.auditUri ? auditPathOf(event.auditUri, baseUrl) : undefined;
  if (!path || !options.tokens) return eventDetails(event.resourceUri);
  const service = {
    baseUrl,
    tokens: tokenSourceOf(options.tokens),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  // A request and a correlation id of its own: no turn ties this call to others.
  const read = await runPlan('partnerCenter', service, eventDetailsPlan(event.resourceUri, path, { correlationId: randomUUID(), requestId: randomUUID() }));
  return read.ok ? read.value : eventDetails(event.resourceUri);
}
