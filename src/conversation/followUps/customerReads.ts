// A customer looked for among the partner's own, with the partner's app (hosting/cases/
// partnerCustomers.ts asks Partner Center): how it is looked for, and what the answer means for an
// invitation that named it (polled) and for an acceptance event that names it. A customer not the
// partner's changes nothing; a failed read is a failure, never a "no".
import type { CaseCustomer } from '../../domain/cases';
import type { StatusRead } from '../../domain/followUpReads';
import type { CustomerRead } from '../../domain/microsoftApis/partnerCenterAnswers';

/** By tenant ID where one is named, else by domain (lower case); nothing to look for without either. */
export function customerQueryOf(named: Pick<CaseCustomer, 'tenantId' | 'domain'>): { byId: string } | { byDomain: string } | undefined {
  if (named.tenantId !== '') return { byId: named.tenantId };
  return named.domain ? { byDomain: named.domain.toLowerCase() } : undefined;
}

/** An open invitation's poll: accepted once the customer is the partner's, unchanged while not yet. */
export function invitationRead(read: CustomerRead): StatusRead {
  if ('failure' in read) return { failure: read.failure };
  return 'none' in read ? { unchanged: true } : { change: 'accepted', customer: read.customer };
}

/** An acceptance event, checked against the partner's customers: told for their own customer only; a failed read is delivered again later. */
export function acceptanceAfterRead(read: CustomerRead): { tell: CaseCustomer } | 'notOurs' | { readAgain: string } {
  if ('failure' in read) return { readAgain: read.failure.kind };
  return 'none' in read ? 'notOurs' : { tell: read.customer };
}
