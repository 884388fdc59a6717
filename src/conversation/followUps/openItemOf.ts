// What an action card leaves to follow: a GDAP request sent (and, once access is assigned, its
// assignments), a transfer request created, an invitation link handed out. What the partner
// already saw on the card counts as seen, so nobody is told it again. And how many open items one
// person may have. Pure: the open items in hosting keep what this says.
import type { AccessProgress } from '../../domain/accessAssignments';
import { accessProgress } from '../../domain/accessAssignments';
import { isTenantId, TransferProducts, transferProductsOf } from '../../domain/actions';
import type { CaseChange, CaseCustomer, CaseKind } from '../../domain/cases';
import { transferChange } from '../../domain/partnerCenterStatus';
import type { ActionRecord } from '../actionRecords';

/**
 * Open items one person may have at once. Each costs a status read every poll and a place in the
 * shared schedule: without a bound, one person's clicks (300 in 11 s) would take the polls and the
 * room everyone else's follow-ups need. 50 is more than a partner's staff waits on at a time.
 */
export const DEFAULT_MAX_OPEN_PER_OWNER = 50;

/** The bound when a person already has that many items open (their next action is refused), else undefined. */
export const openLimitReached = (open: number, max: number): number | undefined => (open >= max ? max : undefined);

/** The object a card made, what it waits for, and what the card already showed. */
export interface MadeObject {
  kind: CaseKind;
  objectId: string;
  customer: CaseCustomer;
  seen?: CaseChange;
  access?: AccessProgress;
  /** A transfer's products (from the row the request was made for): the completion's Azure note depends on it. */
  products?: TransferProducts;
  /** The partner turned the relationship's automatic extension on from the card. */
  autoExtended?: true;
}

/** The object an action card made; none for a card that made nothing (yet). `now`: when assignments never checked are taken as read. */
export function objectOf(record: ActionRecord, cardId: string, now: number): MadeObject | undefined {
  // Access assigned (or checked, or removed): the relationship's item follows its assignments until every one is active.
  if (record.stage === 'assigned') {
    const access = accessProgress(record.assignments, record.checkedAt ?? now);
    return { kind: 'gdapApproval', objectId: record.relationshipId, customer: customerOf(record.customer), seen: 'approved', access };
  }
  if (record.stage === 'done' && record.kind === 'requestGdap') {
    // Only Graph's `active` is approved: "approved" and "activating" come before it.
    const seen = record.status?.toLowerCase() === 'active' ? { seen: 'approved' as const } : {};
    const extended = record.autoExtends === true ? { autoExtended: true as const } : {};
    return { kind: 'gdapApproval', objectId: record.relationshipId, customer: customerOf(record.customer), ...seen, ...extended };
  }
  if (record.stage === 'done' && record.kind === 'startTransfer') {
    const change = transferChange(record.status);
    const products = transferProductsOf(record.row);
    return {
      kind: 'transfer',
      objectId: record.transferId,
      customer: customerOf(record.customer),
      ...(change ? { seen: change } : {}),
      ...(products ? { products } : {}),
    };
  }
  // The invitation link is the partner's, not one customer's: the item is matched to an acceptance only once its partner named the customer.
  if (record.stage === 'done' && record.kind === 'invitationLink')
    return { kind: 'resellerAcceptance', objectId: cardId, customer: invitedCustomer(record.named) };
  return undefined;
}

/** The customer an invitation names: by tenant ID or by domain (the card takes nothing else); none yet: empty. */
const invitedCustomer = (named: string | undefined): CaseCustomer =>
  !named ? { tenantId: '', name: '' } : isTenantId(named) ? { tenantId: named, name: '' } : { tenantId: '', name: '', domain: named };

const customerOf = (c: { tenantId: string; companyName: string; domain: string }): CaseCustomer => ({
  tenantId: c.tenantId,
  name: c.companyName,
  ...(c.domain ? { domain: c.domain } : {}),
});
