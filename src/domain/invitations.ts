// Which invitation an acceptance belongs to. Partner Center's acceptance names only the customer,
// so an invitation is followed only once its partner named the customer it is for (the customer's
// tenant ID or domain, on the invitation's card), and is found by an index keyed by the partner
// tenant and that customer, never by taking some waiting invitation: an acceptance nobody here
// asked for, or one another partner asked for, matches nothing.
import type { CaseCustomer, OpenItem } from './cases';

/** The index keys a customer is known by: its tenant ID and its domain, whichever are known. */
export function customerKeys(customer: Pick<CaseCustomer, 'tenantId' | 'domain'>): string[] {
  const keys: string[] = [];
  if (customer.tenantId !== '') keys.push(`tenant:${customer.tenantId.toLowerCase()}`);
  if (customer.domain) keys.push(`domain:${customer.domain.toLowerCase()}`);
  return keys;
}

/** Whether an invitation names a customer at all: one that does not is listed, never matched. */
export const namesCustomer = (item: Pick<OpenItem, 'customer'>): boolean => customerKeys(item.customer).length > 0;

/** Whether the customer who accepted is the one the invitation names (by tenant ID, or by domain). */
export function isNamedBy(item: Pick<OpenItem, 'customer'>, accepted: Pick<CaseCustomer, 'tenantId' | 'domain'>): boolean {
  const named = new Set(customerKeys(item.customer));
  return customerKeys(accepted).some((key) => named.has(key));
}
