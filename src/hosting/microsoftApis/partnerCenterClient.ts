// The Partner Center REST API calls the actions need (App+User, so the token carries the
// partner user's MFA): the reseller invitation link, finding a customer, and transfers.
// Idempotency: Partner Center treats a repeated MS-RequestId as the same request, so a write that got
// no answer is retried with its id; any answer ends that id (the caller keeps it, partnerActions).
import { randomUUID } from 'crypto';
import { ActionResult } from '../../domain/actions';
import {
  CustomerMatch,
  CustomerSearch,
  customerSearchQuery,
  customersOf,
  invitationUrlOf,
  NewTransfer,
  oneCustomerOf,
  Transfer,
  transferOf,
} from '../../domain/microsoftApis/partnerCenterAnswers';
import { ServiceOptions, callService } from './call';

export { PARTNER_CENTER_BASE_URL } from '../../domain/microsoftApis/partnerCenterAnswers';
export type { CustomerMatch, CustomerSearch, NewTransfer, Transfer, TransferLineItem } from '../../domain/microsoftApis/partnerCenterAnswers';

export interface PartnerCenterCall {
  /** Ties every call of one conversation turn together in Partner Center's logs. */
  correlationId: string;
  /** The idempotency key of a write (the confirmation's id); a fresh one per call when absent. */
  requestId?: string;
}

export class PartnerCenterClient {
  constructor(private readonly options: ServiceOptions) {}

  /** The link the customer opens to accept the reseller relationship. */
  async getRelationshipRequestUrl(call: PartnerCenterCall): Promise<ActionResult<string>> {
    const result = await this.send(call, 'GET', '/v1/customers/relationshiprequests');
    return result.ok ? invitationUrlOf(result.value) : result;
  }

  /** The partner's customers whose domain or company name starts with the value. */
  async findCustomers(search: CustomerSearch, call: PartnerCenterCall): Promise<ActionResult<CustomerMatch[]>> {
    const result = await this.send(call, 'GET', `/v1/customers?${customerSearchQuery(search)}`);
    return result.ok ? customersOf(result.value) : result;
  }

  /**
   * One of the partner's customers by its tenant ID ("Get a customer by ID": GET
   * /v1/customers/{customer-tenant-id}, app+user or app-only): notFound when it is not this partner's.
   */
  async getCustomer(customerTenantId: string, call: PartnerCenterCall): Promise<ActionResult<CustomerMatch>> {
    const result = await this.send(call, 'GET', `/v1/customers/${encodeURIComponent(customerTenantId)}`);
    return result.ok ? oneCustomerOf(result.value) : result;
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
