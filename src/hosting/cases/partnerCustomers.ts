// Whether a customer is this partner's, read with the partner's own app (the follow-up app's
// token, never a signed-in user's): Partner Center's "Get a customer by ID" for a tenant ID, its
// customer search by domain (matched exactly) for a domain. An acceptance is acted on only for a
// customer found so; an open invitation naming a customer is polled the same way.
import { randomUUID } from 'crypto';
import type { CaseCustomer } from '../../domain/cases';
import type { ActionFailure } from '../../domain/actions';
import { AppTokens, tokenSourceOf } from '../microsoftApis/appTokens';
import { PARTNER_CENTER_BASE_URL, PartnerCenterClient } from '../microsoftApis/partnerCenterClient';

/** The customer as Partner Center names it; none when it is not this partner's; or why it could not be read. */
export type CustomerRead = { customer: CaseCustomer } | { none: true } | { failure: ActionFailure };

export interface PartnerCustomersOptions {
  tokens: AppTokens;
  /** Partner Center's address (its stand-in's in the demonstration); Microsoft's unless given. */
  endpoints?: () => Promise<{ partnerCenter: string }>;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export class PartnerCustomers {
  constructor(private readonly options: PartnerCustomersOptions) {}

  /** The partner's customer named by tenant ID, or else by domain. */
  async find(named: Pick<CaseCustomer, 'tenantId' | 'domain'>, correlationId: string = randomUUID()): Promise<CustomerRead> {
    const client = await this.client();
    if (named.tenantId !== '') {
      const found = await client.getCustomer(named.tenantId, { correlationId });
      if (!found.ok) return found.failure.kind === 'notFound' ? { none: true } : { failure: found.failure };
      return { customer: caseCustomer(found.value) };
    }
    if (!named.domain) return { none: true };
    const domain = named.domain.toLowerCase();
    const found = await client.findCustomers({ by: 'domain', value: domain }, { correlationId });
    if (!found.ok) return { failure: found.failure };
    // Partner Center's filter is "starts with": only the exact domain is the customer named.
    const exact = found.value.filter((c) => c.domain.toLowerCase() === domain);
    return exact.length === 1 ? { customer: caseCustomer(exact[0]!) } : { none: true };
  }

  private async client(): Promise<PartnerCenterClient> {
    const { tokens, endpoints, timeoutMs, fetch } = this.options;
    const baseUrl = endpoints ? (await endpoints()).partnerCenter : PARTNER_CENTER_BASE_URL;
    return new PartnerCenterClient({ baseUrl, tokens: tokenSourceOf(tokens), ...(timeoutMs ? { timeoutMs } : {}), ...(fetch ? { fetch } : {}) });
  }
}

const caseCustomer = (c: { tenantId: string; companyName: string; domain: string }): CaseCustomer => ({
  tenantId: c.tenantId.toLowerCase(),
  name: c.companyName.slice(0, 512),
  ...(c.domain ? { domain: c.domain.toLowerCase().slice(0, 256) } : {}),
});
