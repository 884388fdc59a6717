// Partner Center's webhook events (learn.microsoft.com/partner-center/developer/partner-center-webhook-events):
// the few the bot registers for, read strictly from a verified body. Partner Center sends
// PascalCase members; anything else about the shape (a member of the wrong type, a string past its
// bound, a date that is no date) makes the event unreadable rather than half-read.
import { isRecord } from './records';

export interface PartnerCenterEvent {
  /** EventName, e.g. `granular-admin-relationship-approved`. */
  name: string;
  /** ResourceUri: the changed resource (a GDAP relationship, a customer, a validation event). */
  resourceUri: string;
  /** ResourceName, e.g. `GranularAdminRelationship`, `Customer`, `test`. */
  resourceName: string;
  /** AuditUri: the audit record of the change, when Partner Center names one. */
  auditUri?: string;
  /** ResourceChangeUtcDate, as an ISO date (milliseconds). */
  changedAt: string;
}

/**
 * The events the bot registers for. Transfers have no event: the poller follows them. The GDAP
 * approval link's relationship also raises `granular-admin-relationship-activated` when it is
 * created ("raised when the Granular Delegated Admin Privileges is created and active for the
 * customer to approve", partner-center-webhook-events): not an approval, and nothing the partner
 * does not know, so it is not registered (review D7).
 */
export const REGISTERED_EVENTS = [
  'granular-admin-relationship-approved',
  'granular-admin-relationship-expired',
  'granular-admin-relationship-terminated',
  'reseller-relationship-accepted-by-customer',
  'indirect-reseller-relationship-accepted-by-customer',
  'test-created',
  // Access assignments after Assign access (D6): "raised when the … access assignment is activated
  // by the partner once the Azure AD roles are assigned to specific security groups" (webhook-events).
  'granular-admin-access-assignment-created',
  'granular-admin-access-assignment-activated',
  'granular-admin-access-assignment-updated',
  'granular-admin-access-assignment-deleted',
] as const;

export type RegisteredEventName = (typeof REGISTERED_EVENTS)[number];

/** What an event says happened to the partner's case. */
export type EventChange = 'approved' | 'accepted' | 'expired' | 'terminated' | 'test';

/** The assignment events are received and logged; what follows from them is the access follow-up's. */
const CHANGES: Readonly<Partial<Record<RegisteredEventName, EventChange>>> = {
  'granular-admin-relationship-approved': 'approved',
  'granular-admin-relationship-expired': 'expired',
  'granular-admin-relationship-terminated': 'terminated',
  'reseller-relationship-accepted-by-customer': 'accepted',
  'indirect-reseller-relationship-accepted-by-customer': 'accepted',
  'test-created': 'test',
};

/** The change an event name stands for; undefined for an event the bot did not register. */
export function changeOf(name: string): EventChange | undefined {
  return Object.hasOwn(CHANGES, name) ? CHANGES[name as RegisteredEventName] : undefined;
}

/** Whether a registered event is about a GDAP access assignment (granular-admin-access-assignment-*). */
export function isAssignmentEvent(name: string): boolean {
  return name.startsWith('granular-admin-access-assignment-') && (REGISTERED_EVENTS as readonly string[]).includes(name);
}

/** Bounds on each member: far above what Partner Center sends, far below what a body could carry. */
export const EVENT_LIMITS = { name: 100, resourceUri: 2048, resourceName: 200, auditUri: 2048, changedAt: 64 } as const;

const EVENT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/i;

/** A member by its PascalCase name, or its camelCase one (a serialiser's choice, not a meaning). */
function member(body: Record<string, unknown>, pascal: string): unknown {
  if (Object.hasOwn(body, pascal)) return body[pascal];
  const camel = pascal[0]!.toLowerCase() + pascal.slice(1);
  return Object.hasOwn(body, camel) ? body[camel] : undefined;
}

function boundedString(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined;
}

/** An absolute http(s) URI without user info, or undefined. */
function uri(value: unknown, max: number): string | undefined {
  const text = boundedString(value, max);
  if (text === undefined || !URL.canParse(text)) return undefined;
  const url = new URL(text);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '' ? text : undefined;
}

/**
 * The event in a parsed body, or undefined when the body is not one. ResourceChangeUtcDate must
 * be an ISO date (Partner Center writes seven fractional digits and `+00:00`); the page calls it
 * "the UTC date-time format", so one without an offset is read as UTC. AuditUri may be absent or null.
 * Read by hand, not by a JSON Schema: a name is taken in either case (PascalCase or camelCase) and
 * a URL checked for credentials, which a schema would say only in many more lines.
 */
export function readPartnerCenterEvent(body: unknown): PartnerCenterEvent | undefined {
  if (!isRecord(body)) return undefined;
  const name = boundedString(member(body, 'EventName'), EVENT_LIMITS.name);
  const resourceUri = uri(member(body, 'ResourceUri'), EVENT_LIMITS.resourceUri);
  const resourceName = boundedString(member(body, 'ResourceName'), EVENT_LIMITS.resourceName);
  const rawAudit = member(body, 'AuditUri');
  const auditUri = rawAudit === undefined || rawAudit === null ? undefined : uri(rawAudit, EVENT_LIMITS.auditUri);
  const date = boundedString(member(body, 'ResourceChangeUtcDate'), EVENT_LIMITS.changedAt);
  if (!name || !EVENT_NAME.test(name) || !resourceUri || !resourceName || !date) return undefined;
  if (rawAudit !== undefined && rawAudit !== null && auditUri === undefined) return undefined;
  const shape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?$/.exec(date);
  if (!shape) return undefined;
  const at = Date.parse(shape[1] === undefined ? `${date}Z` : date);
  if (Number.isNaN(at)) return undefined;
  return { name, resourceUri, resourceName, ...(auditUri ? { auditUri } : {}), changedAt: new Date(at).toISOString() };
}

/**
 * The relationship an access assignment event is about: the path segment after
 * `granularAdminRelationships` (Partner Center's ResourceUri shape) or `delegatedAdminRelationships`
 * (Graph's), when it is a relationship id; undefined otherwise.
 */
export function relationshipOfResource(resourceUri: string): string | undefined {
  if (!URL.canParse(resourceUri)) return undefined;
  const parts = new URL(resourceUri).pathname.split('/').filter((s) => s !== '');
  const at = parts.findIndex((p) => /^(?:granular|delegated)AdminRelationships$/i.test(p));
  const id = at >= 0 ? parts[at + 1] : undefined;
  return id !== undefined && /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}(?:-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})?$/i.test(id)
    ? id.toLowerCase()
    : undefined;
}
