// What an action card leaves to follow: a GDAP request sent (and, once access is assigned, its
// assignments), a transfer request created, an invitation link handed out. What the partner
// already saw on the card counts as seen, so nobody is told it again. And how many open items one
// person may have; what the item is kept with, and what is done once it is kept. Pure: the open
// items in hosting keep what this says.
import type { AccessProgress } from '../../domain/accessAssignments';
import { accessProgress } from '../../domain/accessAssignments';
import { isTenantId, TransferProducts, transferProductsOf } from '../../domain/actions';
import { applyChange, CaseChange, CaseCustomer, CaseKind, CaseOwner, FollowUp, isOpen, NewItem, OpenItem } from '../../domain/cases';
import type { LocaleTag } from '../../domain/locales';
import { namesCustomer } from '../../domain/invitations';
import { transferChange } from '../../domain/partnerCenterStatus';
import type { ActionRecord } from '../actions/actionRecords';

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

/** What the turn that kept a card knows of the item's owner and where it is. */
export interface KeptFrom {
  /** The owner as the channel names them, with their Entra identity where the channel proves it. */
  owner: CaseOwner;
  /** The owner as the server verified them (their tenant's team view lists the item), when it did. */
  verified?: { tenantId: string; name?: string };
  /** The tenant the channel names for the chat (Teams: the partner's own), of any shape until checked. */
  chatTenant: unknown;
  /** The deployment's partner tenant: the tenant of an item whose channel names none (Web Chat). */
  deploymentTenant?: string;
  locale: LocaleTag;
  cardId: string;
  conversation: Record<string, unknown>;
  shared: boolean;
}

/** The item a card's object is kept as: its owner named by the channel, else by their verified sign-in (Web Chat names nobody). */
export function newItemOf(made: MadeObject, from: KeptFrom): NewItem {
  const owner = from.owner.name || !from.verified?.name ? from.owner : { ...from.owner, name: from.verified.name };
  const tenant = from.chatTenant ?? from.deploymentTenant;
  return {
    kind: made.kind,
    objectId: made.objectId,
    ...(typeof tenant === 'string' && tenant !== '' ? { partnerTenantId: tenant } : {}),
    ...(from.verified ? { teamTenantId: from.verified.tenantId } : {}),
    customer: made.customer,
    owner,
    locale: from.locale,
    cardId: from.cardId,
    conversation: from.conversation,
    shared: from.shared,
    ...(made.products ? { transferProducts: made.products } : {}),
  };
}

/**
 * What is done once the item is kept (`added`: it is new), in this order: what the card showed
 * applied without a message; its access followed from what the card showed; the reminder before
 * the end dropped when auto-extend was turned on from the card; an invitation kept before now
 * named by the customer its partner typed since.
 */
export function afterKept(made: MadeObject, added: boolean): ('seen' | 'access' | 'autoExtended' | 'named')[] {
  return [
    ...(made.seen ? (['seen'] as const) : []),
    ...(made.access ? (['access'] as const) : []),
    ...(made.autoExtended ? (['autoExtended'] as const) : []),
    ...(!added && made.kind === 'resellerAcceptance' && namesCustomer({ customer: made.customer }) ? (['named'] as const) : []),
  ];
}

/** A change the partner saw on the card: applied, its message counted as sent (nobody is told twice); undefined when it earns none. */
export function seenOnCard(item: OpenItem, change: CaseChange, now: number): OpenItem | undefined {
  const applied = applyChange(item, change, now);
  if (!applied.followUp) return undefined;
  return { ...applied.item, sent: [...applied.item.sent, applied.followUp as FollowUp] };
}

/** An invitation whose customer was named after it was kept: it names them from now on and is polled for them; undefined when it already names one or is closed. */
export const namedLater = (item: OpenItem, customer: CaseCustomer, now: number, pollMs: number): OpenItem | undefined =>
  isOpen(item) && !namesCustomer(item) ? { ...item, customer, nextPollAt: now + pollMs } : undefined;
