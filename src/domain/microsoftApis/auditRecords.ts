// What a Partner Center event was about, read from its audit record (Partner Center's audit
// activity): the changed object's id (the GDAP relationship's, the customer's) and the customer.
// The record's resourceNewValue is the changed resource as a JSON string; its members' case varies
// between resources, so they are read whatever their case. An event without an audit URI, or
// whose record cannot be read, still names its object as ResourceUri's last segment. And which
// audit URIs the app's token may be sent to: Partner Center's own. Pure: the read itself is the
// shell's (src/hosting/microsoftApis/auditRecords.ts).
import { isRecord } from '../records';
import { PARTNER_CENTER_BASE_URL } from './partnerCenterAnswers';

export interface AuditDetails {
  /** The changed object: a GDAP relationship's id, or a customer's. */
  objectId?: string;
  customerTenantId?: string;
  customerName?: string;
}

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A customer's id (a GUID) or a GDAP relationship's (two GUIDs joined by a hyphen). */
const OBJECT_ID = new RegExp(`^${GUID}(?:-${GUID})?$`, 'i');
const AUDIT_PATH = /^\/(?:auditactivity\/)?v1\/auditrecords\/[A-Za-z0-9_.%-]{1,300}$/;
const MAX_NAME = 256;
/** A record's resourceNewValue larger than this is not parsed. */
const MAX_VALUE_CHARS = 64 * 1024;

/** ResourceUri's last path segment when it is an object id. */
export function objectIdOfResource(resourceUri: string): string | undefined {
  if (!URL.canParse(resourceUri)) return undefined;
  const last = new URL(resourceUri).pathname
    .split('/')
    .filter((s) => s !== '')
    .pop();
  return last !== undefined && OBJECT_ID.test(last) ? last.toLowerCase() : undefined;
}

/**
 * The path (and query) to ask Partner Center for, when the audit URI is Partner Center's own
 * (https, the base URL's origin) and names an audit record: an event could otherwise send the app's
 * token anywhere.
 */
export function auditPathOf(auditUri: string, baseUrl: string = PARTNER_CENTER_BASE_URL): string | undefined {
  if (!URL.canParse(auditUri) || !URL.canParse(baseUrl)) return undefined;
  const url = new URL(auditUri);
  const base = new URL(baseUrl);
  if (url.origin !== base.origin || url.username !== '' || url.password !== '' || url.hash !== '') return undefined;
  const basePath = base.pathname.replace(/\/+$/, '');
  if (!url.pathname.startsWith(`${basePath}/`)) return undefined;
  const path = url.pathname.slice(basePath.length);
  return AUDIT_PATH.test(path) ? `${path}${url.search}` : undefined;
}

/** A member by name, whatever its case (`Id`, `id`; `tenantId`, `TenantId`). */
function field(record: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(record, name)) return record[name];
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

function text(value: unknown, max = MAX_NAME): string | undefined {
  return typeof value === 'string' && value.trim() !== '' && value.length <= max ? value.trim() : undefined;
}

function guid(value: unknown): string | undefined {
  const t = text(value, 100);
  return t !== undefined && new RegExp(`^${GUID}$`, 'i').test(t) ? t.toLowerCase() : undefined;
}

function parsedValue(value: unknown): Record<string, unknown> | undefined {
  if (isRecord(value)) return value;
  if (typeof value !== 'string' || value.length > MAX_VALUE_CHARS) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The details in an audit record: resourceNewValue's `id` and its customer (a GDAP relationship's
 * `customer.tenantId` and `displayName` or `organizationDisplayName`; a customer's own id and
 * `companyProfile`), else the record's own customerId and customerName. Missing members stay out.
 */
export function detailsOfAuditRecord(record: unknown): AuditDetails {
  if (!isRecord(record)) return {};
  const value = parsedValue(field(record, 'resourceNewValue')) ?? {};
  const objectId = text(field(value, 'id'), 100);
  const customer = field(value, 'customer');
  const profile = field(value, 'companyProfile');
  let customerTenantId: string | undefined;
  let customerName: string | undefined;
  if (isRecord(customer)) {
    customerTenantId = guid(field(customer, 'tenantId'));
    customerName = text(field(customer, 'displayName')) ?? text(field(customer, 'organizationDisplayName'));
  }
  if (isRecord(profile)) {
    customerTenantId ??= guid(field(profile, 'tenantId'));
    customerName ??= text(field(profile, 'companyName'));
  }
  customerTenantId ??= guid(field(record, 'customerId'));
  customerName ??= text(field(record, 'customerName'));
  return {
    ...(objectId !== undefined && OBJECT_ID.test(objectId) ? { objectId: objectId.toLowerCase() } : {}),
    ...(customerTenantId ? { customerTenantId } : {}),
    ...(customerName ? { customerName } : {}),
  };
}

/** An event's details: its audit record's (when one was read) over ResourceUri's object id. */
export function eventDetails(resourceUri: string, record?: unknown): AuditDetails {
  const fromResource = objectIdOfResource(resourceUri);
  return { ...(fromResource ? { objectId: fromResource } : {}), ...(record !== undefined ? detailsOfAuditRecord(record) : {}) };
}
