// The Partner Center REST calls the actions need (App+User, so the token carries the partner
// user's MFA): the reseller invitation link, finding a customer, and transfers. The requests and
// what their answers are read into are pure (protocols/partnerCenter/requests.ts); here they are
// run, with a fresh MS-RequestId per call unless the caller keeps one (a write's confirmation id,
// so a write that got no answer is retried as the same request: partnerActions).
import { randomUUID } from 'crypto';
import { ActionResult } from '../../domain/actions';
import type { CustomerMatch, CustomerSearch, NewTransfer, Transfer } from '../../domain/microsoftApis/partnerCenterAnswers';
import * as requests from '../../protocols/partnerCenter/requests';
import { Plan } from '../../protocols/microsoftApis/plans';
import { ServiceOptions, runPlan } from './call';

export { PARTNER_CENTER_BASE_URL } from '../../domain/microsoftApis/partnerCenterAnswers';
export type { CustomerMatch, CustomerSearch, NewTransfer, Transfer, TransferLineItem } from '../../domain/microsoftApis/partnerCenterAnswers';

export interface PartnerCenterCall {
  /** Ties every call of one conversation turn together in Partner Center's logs. */
  correlationId: string;
  /** The idempotency key of a write (the confirmation's id); a fresh one per call when absent. */
  requestId?: string;
}

const withId = (call: PartnerCenterCall): requests.PartnerCenterCall => ({ correlationId: call.correlationId, requestId: call.requestId ?? randomUUID() });

export class PartnerCenterClient {
  constructor(private readonly options: ServiceOptions) {}

  getRelationshipRequestUrl(call: PartnerCenterCall): Promise<ActionResult<string>> {
    return this.run(requests.invitationLinkPlan(withId(call)));
  }

  findCustomers(search: CustomerSearch, call: PartnerCenterCall): Promise<ActionResult<CustomerMatch[]>> {
    return this.run(requests.findCustomersPlan(search, withId(call)));
  }

  getCustomer(customerTenantId: string, call: PartnerCenterCall): Promise<ActionResult<CustomerMatch>> {
    return this.run(requests.getCustomerPlan(customerTenantId, withId(call)));
  }

  createTransfer(customerId: string, transfer: NewTransfer, call: PartnerCenterCall & { requestId: string }): Promise<ActionResult<Transfer>> {
    return this.run(requests.createTransferPlan(customerId, transfer, call));
  }

  cancelTransfer(customerId: string, transferId: string, entity: Readonly<Record<string, unknown>>, call: PartnerCenterCall): Promise<ActionResult<Transfer>> {
    return this.run(requests.cancelTransferPlan(customerId, transferId, entity, withId(call)));
  }

  getTransfer(customerId: string, transferId: string, call: PartnerCenterCall): Promise<ActionResult<Transfer>> {
    return this.run(requests.getTransferPlan(customerId, transferId, withId(call)));
  }

  private run<T>(plan: Plan<T>): Promise<ActionResult<T>> {
    return runPlan('partnerCenter', this.options, plan);
  }
}
