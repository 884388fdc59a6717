// The Partner Center REST API calls the actions need (App+User, so the token carries the
// partner user's MFA): the reseller invitation link, finding a customer, and transfers.
// Idempotency: Partner Center treats a repeated MS-RequestId as the same request, so a write that got
// no answer is retried with its id; any answer ends that id (the caller keeps it, partnerActions).
import { randomUUID } from 'crypto';
import { ActionResult, succeeded } from '../../domain/actions';
import { ServiceOptions, callService, isRecord, stringOf, unexpectedShape } from './call';

export const PARTNER_CENTER_BASE_URL = 'https://api.partnercenter.microsoft.com';

export interface PartnerCenterCall {
  /** Ties every call of one conversation turn together in Partner Center's logs. */
  correlationId: string;
  /** The idempotency key of a write (the confirmation's id); a fresh one per call when absent. */
  requestId?: string;
}

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

export class PartnerCenterClient {
  constructor(private readonly options: ServiceOptions) {}

  /** The link the customer opens to accept the reseller relationship. */
  async getRelationshipRequestUrl(call: PartnerCenterCall): Promise<ActionResult<string>> {
    const result = await this.send(call, 'GET', '/v1/customers/relationshiprequests');
    if (!result.ok) return result;
    const url = isRecord(result.value.json) ? stringOf(result.value.json.url) : undefined;
    return url?.startsWith('https://') ? succeeded(url) : unexpectedShape(result.value.status);
  }

  /** The partner's customers whose domain or company name starts with the value. */
  async findCustomers(search: CustomerSearch, call: PartnerCenterCall): Promise<ActionResult<CustomerMatch[]>> {
    const filter = JSON.stringify({ Field: search.by === 'domain' ? 'Domain' : 'CompanyName', Value: search.value, Operator: 'starts_with' });
    const result = await this.send(call, 'GET', `/v1/customers?size=20&filter=${encodeURIComponent(filter)}`);
    if (!result.ok) return result;
    const json = result.value.json;
    if (!isRecord(json) || !Array.isArray(json.items)) return unexpectedShape(result.value.status);
    return succeeded(
      json.items.flatMap((item: unknown): CustomerMatch[] => {
        const c = customerOf(item);
        return c ? [c] : [];
      }),
    );
  }

  /**
   * One of the partner's customers by its tenant ID ("Get a customer by ID": GET
   * /v1/customers/{customer-tenant-id}, app+user or app-only): notFound when it is not this partner's.
   */
  async getCustomer(customerTenantId: string, call: PartnerCenterCall): Promise<ActionResult<CustomerMatch>> {
    const result = await this.send(call, 'GET', `/v1/customers/${encodeURIComponent(customerTenantId)}`);
    if (!result.ok) return result;
    const customer = customerOf(result.value.json);
    return customer ? succeeded(customer) : unexpectedShape(result.value.status);
  }

  /** Creates the transfer request; `call.requestId` must be the confirmation's id so a retry creates nothing new. */
  async createTransfer(customerId: string, transfer: NewTransfer, call: PartnerCenterCall & { requestId: string }): Promise<ActionResult<Transfer>> {
    const result = await this.send(call, 'POST', `/v1/customers/${encodeURIComponent(customerId)}/transfers`, { lineItems: [], ...transfer });
    return result.ok ? transferOf(result.value) : result;
  }

  /**
   * Cancels a pending transfer request ("Update a transfer request for new commerce": PATCH
   * /v1/customers/{customer-id}/transfers/{transfer-id} with the transfer, `"status": "Cancel"`).
   * "A transfer can only be canceled if it's in the pending state"; "Only the target partner that
   * created the transfer can cancel it": Partner Center refuses anything else, and that is answered as is.
   */
  async cancelTransfer(
    customerId: string,
    transferId: string,
    entity: Readonly<Record<string, unknown>>,
    call: PartnerCenterCall,
  ): Promise<ActionResult<Transfer>> {
    const path = `/v1/customers/${encodeURIComponent(customerId)}/transfers/${encodeURIComponent(transferId)}`;
    const result = await this.send(call, 'PATCH', path, { ...entity, id: transferId, status: 'Cancel' });
    return result.ok ? transferOf(result.value) : result;
  }

  async getTransfer(customerId: string, transferId: string, call: PartnerCenterCall): Promise<ActionResult<Transfer>> {
    const result = await this.send(call, 'GET', `/v1/customers/${encodeURIComponent(customerId)}/transfers/${encodeURIComponent(transferId)}`);
    return result.ok ? transferOf(result.value) : result;
  }

  /**
   * The headers "Partner Center REST headers" lists (learn.microsoft.com/partner-center/developer/headers):
   * MS-Contract-Version (required, `v1`), MS-CorrelationId (the turn's, a GUID), MS-RequestId (a
   * GUID per attempt; callService adds Authorization and Accept).
   */
  private send(call: PartnerCenterCall, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) {
    const headers = { 'MS-Contract-Version': 'v1', 'MS-RequestId': call.requestId ?? randomUUID(), 'MS-CorrelationId': call.correlationId };
    return callService('partnerCenter', this.options, { method, path, headers, ...(body !== undefined ? { body } : {}) });
  }
}

/** A Customer resource (its id and companyProfile), or undefined when it is not one. */
function customerOf(item: unknown): CustomerMatch | undefined {
  if (!isRecord(item) || !isRecord(item.companyProfile)) return undefined;
  const id = stringOf(item.id);
  const p = item.companyProfile;
  const tenantId = stringOf(p.tenantId) ?? id;
  return id && tenantId ? { id, tenantId, domain: stringOf(p.domain) ?? '', companyName: stringOf(p.companyName) ?? '' } : undefined;
}

function transferOf(response: { status: number; json: unknown }): ActionResult<Transfer> {
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
