// Partner Center's REST answers read into typed values (the invitation link, customers, transfers),
// and what the bot asks of its customer search: a page of 20 whose domain or company name starts
// with what the partner typed, of which a domain is taken only when it matches exactly. Pure: the
// client (src/hosting/microsoftApis/partnerCenterClient.ts) sends, and reads its answers here.
import { ActionFailure, ActionResult, CustomerRef, succeeded } from '../actions';
import type { CaseCustomer } from '../cases';
import { isRecord } from '../records';
import { listOf, stringOf, unexpectedShape } from './serviceAnswers';

export const PARTNER_CENTER_BASE_URL = 'https://api.partnercenter.microsoft.com';

export interface CustomerMatch {
  id: string;
  tenantId: string;
  domain: string;
  companyName: string;
}

export type CustomerSearch = { by: 'domain'; value: string } | { by: 'companyName'; value: string };

export interface TransferLineItem {
  subscriptionId: string;
  quantity?: number;
  [field: string]: unknown;
}

/** A transfer request as the target partner creates it; the source partner picks the line items when it accepts. */
export interface NewTransfer {
  customerTenantId: string;
  customerName?: string;
  /** Who at the customer Microsoft tells about the transfer. */
  customerEmailId?: string;
  sourcePartnerTenantId: string;
  sourcePartnerName?: string;
  /** Left out: Partner Center takes the signed-in partner's tenant. */
  targetPartnerTenantId?: string;
  targetPartnerName?: string;
  /** `5`, new commerce (a number, TransferEntity page): Azure plan items and new-commerce licences alike. */
  transferType?: number;
  /** The partner ID of an indirect provider's reseller, the partner of record of the transferred items. */
  partnerOnRecord?: string;
  /** What may be transferred: AzureSubscription, AzureReservation, AzureSavingsPlan, OnlineServicesNCE. */
  targetProductTypes?: string[];
  lineItems?: TransferLineItem[];
}

export interface Transfer {
  id: string;
  status: string;
  customerTenantId: string;
  sourcePartnerTenantId: string;
  targetPartnerTenantId: string;
  transferType?: string | number;
  lineItems: unknown[];
  createdTime?: string;
  expirationTime?: string;
  /** The entity as Partner Center answered: a cancel sends it back with `"status": "Cancel"`. */
  entity: Record<string, unknown>;
}

/** Customers one search asks for: the first page is enough to choose from (ten are offered). */
export const CUSTOMER_PAGE = 20;
/** Matches a partner is offered to choose from when the name or domain typed is not exact. */
export const CUSTOMER_CHOICES = 10;

/** The query of a customer search: Partner Center's filter is "starts with", on the domain or the company name. */
export function customerSearchQuery(search: CustomerSearch): string {
  const filter = JSON.stringify({ Field: search.by === 'domain' ? 'Domain' : 'CompanyName', Value: search.value, Operator: 'starts_with' });
  return `size=${CUSTOMER_PAGE}&filter=${encodeURIComponent(filter)}`;
}

/** The link the customer opens to accept the reseller relationship, when the answer holds an https one. */
export function invitationUrlOf(response: { status: number; json: unknown }): ActionResult<string> {
  const url = isRecord(response.json) ? stringOf(response.json.url) : undefined;
  return url?.startsWith('https://') ? succeeded(url) : unexpectedShape(response.status);
}

/** A Customer resource (its id and companyProfile), or undefined when it is not one. */
export function customerOf(item: unknown): CustomerMatch | undefined {
  if (!isRecord(item) || !isRecord(item.companyProfile)) return undefined;
  const id = stringOf(item.id);
  const p = item.companyProfile;
  const tenantId = stringOf(p.tenantId) ?? id;
  return id && tenantId ? { id, tenantId, domain: stringOf(p.domain) ?? '', companyName: stringOf(p.companyName) ?? '' } : undefined;
}

/** "Get a customer by ID"'s answer. */
export function oneCustomerOf(response: { status: number; json: unknown }): ActionResult<CustomerMatch> {
  const customer = customerOf(response.json);
  return customer ? succeeded(customer) : unexpectedShape(response.status);
}

/** A customer search's answer: its items that are customers (others are left out). */
export function customersOf(response: { status: number; json: unknown }): ActionResult<CustomerMatch[]> {
  const items = listOf(response.json, 'items');
  if (!items) return unexpectedShape(response.status);
  return succeeded(
    items.flatMap((item) => {
      const customer = customerOf(item);
      return customer ? [customer] : [];
    }),
  );
}

export function transferOf(response: { status: number; json: unknown }): ActionResult<Transfer> {
  const j = response.json;
  if (!isRecord(j)) return unexpectedShape(response.status);
  const [id, status, customerTenantId] = [stringOf(j.id), stringOf(j.status), stringOf(j.customerTenantId)];
  if (!id || !status || !customerTenantId) return unexpectedShape(response.status);
  const transferType = typeof j.transferType === 'number' ? j.transferType : stringOf(j.transferType);
  const createdTime = stringOf(j.createdTime);
  const expirationTime = stringOf(j.expirationTime);
  return succeeded({
    id,
    status,
    customerTenantId,
    sourcePartnerTenantId: stringOf(j.sourcePartnerTenantId) ?? '',
    targetPartnerTenantId: stringOf(j.targetPartnerTenantId) ?? '',
    lineItems: Array.isArray(j.lineItems) ? (j.lineItems as unknown[]) : [],
    entity: j,
    ...(transferType !== undefined ? { transferType } : {}),
    ...(createdTime ? { createdTime } : {}),
    ...(expirationTime ? { expirationTime } : {}),
  });
}

/** A customer as the actions show it: its name and domain bounded. */
export interface CustomerSeen {
  companyName: string;
  tenantId: string;
  domain: string;
}

/** A customer found, none, or several (the partner then types the full domain or the tenant ID). */
export type CustomerLookup = CustomerSeen | { none: true } | { many: readonly CustomerSeen[] };

/**
 * The customer the partner named, from the search's matches: a domain is taken only when exactly
 * one match has it whole (the filter's "starts with" finds `contoso.onmicrosoft.com` for
 * `contoso.on`); otherwise, like a name's matches, the first CUSTOMER_CHOICES are offered.
 * A tenant id is taken as it is (Partner Center's customer id): no search is made for it.
 */
export function customerLookup(ref: CustomerRef, matches: readonly CustomerMatch[]): CustomerLookup {
  if (ref.by === 'tenantId') return { companyName: '', tenantId: ref.value, domain: '' };
  const seen = matches.map((m) => ({ companyName: m.companyName.slice(0, 512), tenantId: m.tenantId, domain: m.domain.slice(0, 256) }));
  const exact = ref.by === 'domain' ? seen.filter((m) => m.domain.toLowerCase() === ref.value) : [];
  if (exact.length === 1) return exact[0]!;
  const offered = exact.length > 1 ? exact : seen;
  return offered.length === 0 ? { none: true } : { many: offered.slice(0, CUSTOMER_CHOICES) };
}

/** Whether a customer is this partner's, as the follow-ups read it with the partner's own app; or why it could not be read. */
export type CustomerRead = { customer: CaseCustomer } | { none: true } | { failure: ActionFailure };

/** A customer as an open item keeps it: ids lower case, the name and domain bounded. */
export const caseCustomerOf = (c: Pick<CustomerMatch, 'tenantId' | 'companyName' | 'domain'>): CaseCustomer => ({
  tenantId: c.tenantId.toLowerCase(),
  name: c.companyName.slice(0, 512),
  ...(c.domain ? { domain: c.domain.toLowerCase().slice(0, 256) } : {}),
});

/** "Get a customer by ID": not found means not this partner's customer. */
export function customerByIdRead(found: ActionResult<CustomerMatch>): CustomerRead {
  if (!found.ok) return found.failure.kind === 'notFound' ? { none: true } : { failure: found.failure };
  return { customer: caseCustomerOf(found.value) };
}

/** A search by domain: only the one customer whose domain is exactly it (case aside) is the customer named. */
export function customerByDomainRead(domain: string, found: ActionResult<readonly CustomerMatch[]>): CustomerRead {
  if (!found.ok) return { failure: found.failure };
  const wanted = domain.toLowerCase();
  const exact = found.value.filter((c) => c.domain.toLowerCase() === wanted);
  return exact.length === 1 ? { customer: caseCustomerOf(exact[0]!) } : { none: true };
}
