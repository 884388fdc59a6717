// An open item as the list shows it and as the store gives it back: its deadline and next step
// (My cases), the access last seen, and an item read back from state, checked field by field.
// Pure; split from cases.ts, which holds the model and its changes.
import type { AccessProgress } from './accessAssignments';
import type { TransferProducts } from './actions';
import { CASE_KINDS, CASE_STATUSES, FOLLOW_UPS, isOpen, itemId, OpenItem } from './cases';
import { isLocaleTag } from './locales';
import { isRecord } from './records';

/**
 * The day an item's wait runs out, for the list: a GDAP request's 90 days or a transfer's 30 while
 * the other side has not acted, an invitation's 90 days of being followed; none once it is acted on.
 */
export const deadlineOf = (item: Pick<OpenItem, 'status' | 'deadline'>): number | undefined => (isOpen(item) ? item.deadline : undefined);

/** An approved relationship's access as the partner last saw it; nothing for another kind or status. */
export function withAccess(item: OpenItem, access: AccessProgress): OpenItem | undefined {
  if (item.kind !== 'gdapApproval' || item.status !== 'approved' || item.access === access) return undefined;
  return { ...item, access };
}

export type NextStep =
  | 'customerApproval'
  | 'customerAcceptance'
  | 'currentPartner'
  | 'assignAccess'
  | 'accessPending'
  | 'accessTrouble'
  | 'requestGdap'
  | 'afterTransfer'
  | 'startAgain';

/**
 * The next step an item waits for, for the list (My cases); none once an approved relationship's
 * access assignments are all active: the case is done. Assignments made but not yet active wait
 * for Microsoft; one failed or pending for hours needs the partner.
 */
export function waitsFor(item: Pick<OpenItem, 'kind' | 'status' | 'access'>): NextStep | undefined {
  if (item.status === 'approved') {
    if (item.access === 'active') return undefined;
    if (item.access === 'pending') return 'accessPending';
    return item.access === 'failed' || item.access === 'stuck' ? 'accessTrouble' : 'assignAccess';
  }
  if (item.status === 'accepted') return 'requestGdap';
  if (item.status === 'completed') return 'afterTransfer';
  if (item.status === 'expired' || item.status === 'terminated') return 'startAgain';
  // Cancelled by the partner: nothing is left to do.
  if (item.status === 'cancelled') return undefined;
  return item.kind === 'gdapApproval' ? 'customerApproval' : item.kind === 'resellerAcceptance' ? 'customerAcceptance' : 'currentPartner';
}

const ACCESS_PROGRESS: readonly AccessProgress[] = ['none', 'failed', 'stuck', 'pending', 'active'];
const TRANSFER_PRODUCTS: readonly TransferProducts[] = ['azurePlan', 'licences'];
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** An item read back from the store: another shape (an older release, a tampered store) is no item. */
export function readItem(v: unknown): OpenItem | undefined {
  if (!isRecord(v) || !oneOf(CASE_KINDS, v.kind) || !str(v.objectId, 256) || v.objectId === '' || !str(v.cardId, 128) || !isLocaleTag(v.locale))
    return undefined;
  const c = v.customer;
  const o = v.owner;
  if (!isRecord(c) || !str(c.tenantId, 64) || !str(c.name, 512) || (c.domain !== undefined && !str(c.domain, 256))) return undefined;
  if (!isRecord(o) || !str(o.id, 256) || o.id === '' || (o.name !== undefined && !str(o.name, 256)) || (o.aadObjectId !== undefined && !str(o.aadObjectId, 64)))
    return undefined;
  if (o.tenantId !== undefined && !str(o.tenantId, 64)) return undefined;
  if (!isRecord(v.conversation) || typeof v.shared !== 'boolean' || !oneOf(CASE_STATUSES, v.status)) return undefined;
  if (![v.createdAt, v.deadline, v.changedAt, v.nextPollAt].every(num) || !Array.isArray(v.sent) || !v.sent.every((s) => oneOf(FOLLOW_UPS, s)))
    return undefined;
  if (v.partnerTenantId !== undefined && !str(v.partnerTenantId, 64)) return undefined;
  if (v.teamTenantId !== undefined && !str(v.teamTenantId, 64)) return undefined;
  if (v.sending !== undefined && !(Array.isArray(v.sending) && v.sending.every((s) => oneOf(FOLLOW_UPS, s)))) return undefined;
  const optionalNumbers = [
    v.snoozedUntil,
    v.unreachableAt,
    v.pollFailures,
    v.sendFailures,
    v.appliedChangeAt,
    v.expiryCheckAt,
    v.expiryChecks,
    v.sendingAt,
    v.endsAt,
  ].every((x) => x === undefined || num(x));
  if (!optionalNumbers || (v.quiet !== undefined && typeof v.quiet !== 'boolean')) return undefined;
  if (v.access !== undefined && !oneOf(ACCESS_PROGRESS, v.access)) return undefined;
  if (v.transferProducts !== undefined && !oneOf(TRANSFER_PRODUCTS, v.transferProducts)) return undefined;
  if (
    (v.autoExtends !== undefined && typeof v.autoExtends !== 'boolean') ||
    (v.globalAdministrator !== undefined && typeof v.globalAdministrator !== 'boolean')
  )
    return undefined;
  const item = v as unknown as OpenItem;
  return item.id === itemId(item.kind, item.objectId) ? item : undefined;
}
