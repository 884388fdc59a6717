// Whether a customer is this partner's, read with the partner's own app (the follow-up app's
// token, never a signed-in user's): Partner Center's "Get a customer by ID" for a tenant ID, its
// customer search by domain (matched exactly) for a domain. An acceptance is acted on only for a
// customer found so; an open invitation naming a customer is polled the same way.
import { randomUUID } from 'crypto';
import type { CaseCustomer } from '../../domain/cases';
import { customerByDomainRead, customerByIdRead, CustomerRead } from '../../domain/microsoftApis/partnerCenterAnswers';
import { AppTokens, tokenSourceOf } from '../microsoftApis/appTokens';
import { PARTNER_CENTER_BASE_URL, PartnerCenterClient } from '../microsoftApis/partnerCenterClient';
import { customerQueryOf } from '../../conversation/followUps/customerReads';

export type { CustomerRead } from '../../domain/microsoftApis/partnerCenterAnswers';

export interface PartnerCustomersOptions {
  tokens: AppTokens;
  /** Partner Center's address (its stand-in's in the demonstration); Microsoft's unless given. */
  endpoints?: () => Promise<{ partnerCenter: string }>;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export class PartnerCustomers {
  constructor(private readonly options: PartnerCustomersOptions) {}

  /** The partner's customer named by tenant ID, or else by domain (matched exactly: partnerCenterAnswers.ts). */
  async find(named: Pick<CaseCustomer, 'tenantId' | 'domain'>, correlationId: string = randomUUID()): Promise<CustomerRead> {
    const query = customerQueryOf(named);
    if (!query) return { none: true };
    const client = await this.client();
    if ('byId' in query) return customerByIdRead(await client.getCustomer(query.byId, { correlationId }));
    return customerByDomainRead(query.byDomain, await client.findCustomers({ by: 'domain', value: query.byDomain }, { correlationId }));
  }

  private async client(): Promise<PartnerCenterClient> {
    const { tokens, endpoints, timeoutMs, fetch } = this.options;
    const baseUrl = endpoints ? (await endpoints()).partnerCenter : PARTNER_CENTER_BASE_URL;
    return new PartnerCenterClient({ baseUrl, tokens: tokenSourceOf(tokens), ...(timeoutMs ? { timeoutMs } : {}), ...(fetch ? { fetch } : {}) });
  }
}
