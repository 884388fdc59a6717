// The Partner Center REST calls the actions make, as plans (protocols/microsoftApis/plans.ts; the
// shell's PartnerCenterClient runs them): each request's method, path and headers, and what its
// answer is read into (src/domain/microsoftApis/partnerCenterAnswers.ts). The headers are those
// "Partner Center REST headers" lists: MS-Contract-Version (required, `v1`), MS-CorrelationId (the
// turn's), MS-RequestId (a write's idempotency key: Partner Center treats a repeated one as the
// same request, so a retried confirmation creates nothing new; the caller makes a fresh one otherwise).
import { AuditDetails, eventDetails } from '../../domain/microsoftApis/auditRecords';
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
import { succeeded } from '../../domain/actions';
import { failedReadHealth, registrationHealth, WebhookHealth } from '../../domain/webhookRegistration';
import { done, onSuccess, Plan, ServiceCall } from '../microsoftApis/plans';

export interface PartnerCenterCall {
  /** Ties every call of one conversation turn together in Partner Center's logs. */
  correlationId: string;
  /** The idempotency key of a write (the confirmation's id), or the call's own. */
  requestId: string;
}

function request(call: PartnerCenterCall, method: ServiceCall['method'], path: string, body?: unknown): ServiceCall {
  const headers = { 'MS-Contract-Version': 'v1', 'MS-RequestId': call.requestId, 'MS-CorrelationId': call.correlationId };
  return { method, path, headers, ...(body !== undefined ? { body } : {}) };
}

const transferPath = (customerId: string, transferId: string): string =>
  `/v1/customers/${encodeURIComponent(customerId)}/transfers/${encodeURIComponent(transferId)}`;

/** The link the customer opens to accept the reseller relationship. */
export const invitationLinkPlan = (call: PartnerCenterCall): Plan<string> =>
  onSuccess(request(call, 'GET', '/v1/customers/relationshiprequests'), (a) => done(invitationUrlOf(a)));

/** The partner's customers whose domain or company name starts with the value. */
export const findCustomersPlan = (search: CustomerSearch, call: PartnerCenterCall): Plan<CustomerMatch[]> =>
  onSuccess(request(call, 'GET', `/v1/customers?${customerSearchQuery(search)}`), (a) => done(customersOf(a)));

/** One of the partner's customers by its tenant ID ("Get a customer by ID"): notFound when it is not this partner's. */
export const getCustomerPlan = (customerTenantId: string, call: PartnerCenterCall): Plan<CustomerMatch> =>
  onSuccess(request(call, 'GET', `/v1/customers/${encodeURIComponent(customerTenantId)}`), (a) => done(oneCustomerOf(a)));

/** Creates the transfer request; the call's requestId is the confirmation's, so a retry creates nothing new. */
export const createTransferPlan = (customerId: string, transfer: NewTransfer, call: PartnerCenterCall): Plan<Transfer> =>
  onSuccess(request(call, 'POST', `/v1/customers/${encodeURIComponent(customerId)}/transfers`, { lineItems: [], ...transfer }), (a) => done(transferOf(a)));

/**
 * Cancels a pending transfer ("Update a transfer request for new commerce": PATCH with the
 * transfer, `"status": "Cancel"`). Only a pending transfer, and only by the partner that created
 * it: Partner Center refuses anything else, and that is answered as is.
 */
export const cancelTransferPlan = (
  customerId: string,
  transferId: string,
  entity: Readonly<Record<string, unknown>>,
  call: PartnerCenterCall,
): Plan<Transfer> =>
  onSuccess(request(call, 'PATCH', transferPath(customerId, transferId), { ...entity, id: transferId, status: 'Cancel' }), (a) => done(transferOf(a)));

export const getTransferPlan = (customerId: string, transferId: string, call: PartnerCenterCall): Plan<Transfer> =>
  onSuccess(request(call, 'GET', transferPath(customerId, transferId)), (a) => done(transferOf(a)));

/**
 * An event's details from its audit record (at `auditPath`, Partner Center's own), completed with
 * ResourceUri's object id; a record that cannot be read leaves only what ResourceUri says.
 */
export const eventDetailsPlan = (resourceUri: string, auditPath: string, call: PartnerCenterCall): Plan<AuditDetails> => ({
  calls: [request(call, 'GET', auditPath)],
  then: ([answer]) => done(succeeded(eventDetails(resourceUri, answer?.ok ? answer.value.json : undefined))),
});

/**
 * The partner tenant's webhook registration ("Get a registration", read at start-up, never
 * written), as where it stands against this deployment's callback: a failed read is an answer too.
 */
export const webhookRegistrationPlan = (callbackUrl: string, call: PartnerCenterCall): Plan<WebhookHealth> => ({
  calls: [request(call, 'GET', '/webhooks/v1/registration')],
  then: ([answer]) =>
    done(succeeded(answer?.ok ? registrationHealth(answer.value.json, callbackUrl) : failedReadHealth(answer?.failure.kind ?? 'unavailable'))),
});
