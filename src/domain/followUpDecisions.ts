// Which follow-up a change, an access read or the clock earns, and whether an item's expiry stands.
// Each answer is the item to write (with the follow-up claimed in that same write, so only the
// instance whose write went through sends) or nothing to write. Pure: hosting's FollowUps reads,
// writes through the store's conditional update, and sends.
import type { AccessProgress } from './accessAssignments';
import { applyAccess } from './accessFollowUp';
import {
  applyChange,
  CaseChange,
  CaseCustomer,
  claim,
  confirmSent,
  dueFollowUp,
  FollowUp,
  giveBack,
  isOpen,
  nextExpiryLook,
  OpenItem,
  SEND_ATTEMPTS,
  unreachable,
} from './cases';
import { isNamedBy } from './invitations';

/**
 * Status reads that failed at an item's deadline before it is declared expired anyway: each comes
 * later than the last (the retry interval, doubled each time), so the grace is counted in reads
 * actually made, which no jump of the clock can skip.
 */
export const EXPIRY_READS = 5;

/** What a change does to an item: the item to write (none: nothing new), the follow-up it earned, and whether it was older than the last applied. */
export interface Applied {
  write?: OpenItem;
  earned?: FollowUp;
  stale?: true;
}

/**
 * A change reported for an item (`at`: when it happened). Who accepted an invitation is known only
 * now, and is kept only with the acceptance itself.
 */
export function applyReport(item: OpenItem, change: CaseChange, now: number, at: number, customer?: CaseCustomer): Applied {
  const base = customer && item.kind === 'resellerAcceptance' ? { ...item, customer } : item;
  const applied = applyChange(base, change, now, at);
  if (applied.item === base) return applied.stale ? { stale: true } : {};
  return {
    write: applied.followUp ? claim(applied.item, applied.followUp, now) : applied.item,
    ...(applied.followUp ? { earned: applied.followUp } : {}),
    ...(applied.stale ? { stale: true as const } : {}),
  };
}

/** An approved relationship's access as read now: kept, and a failure or a long pending claimed once each. */
export function applyAccessRead(item: OpenItem, progress: AccessProgress, now: number, retryMs: number): Applied {
  const applied = applyAccess(item, progress, now, retryMs);
  if (!applied) return {};
  return applied.followUp ? { write: claim(applied.item, applied.followUp, now), earned: applied.followUp } : { write: applied.item };
}

/** A reminder or the expiry due now, claimed; nothing once its deliveries failed too often. */
export function claimDue(item: OpenItem, now: number): Applied {
  if ((item.sendFailures ?? 0) >= SEND_ATTEMPTS) return {};
  const due = dueFollowUp(item, now);
  return due ? { write: claim(due.item, due.followUp, now), earned: due.followUp } : {};
}

/**
 * Whether Partner Center is asked once more before the item is declared expired: only when its
 * expiry is what is due now, for an object that can be read (an invitation has none), and while
 * its messages can still be sent.
 */
export function readsBeforeExpiry(item: OpenItem, now: number): boolean {
  if (item.kind === 'resellerAcceptance' || (item.sendFailures ?? 0) >= SEND_ATTEMPTS) return false;
  return dueFollowUp(item, now)?.followUp === 'expired';
}

/** A status read made at the deadline, as the reader gives it. */
export type ExpiryRead = { change: CaseChange } | { unchanged: true; until?: number } | { unreadable: true } | { failure: unknown };

/**
 * What the read at the deadline decides. A change found (the approval) is applied as such; an
 * object that cannot be read lets the expiry stand; still waiting puts it off (until just after
 * the object's own end, when Partner Center gives one), and so does a failed read, until it has
 * failed EXPIRY_READS times.
 */
export function expiryAfterRead(
  item: OpenItem,
  read: ExpiryRead,
  now: number,
  retryMs: number,
): { change: CaseChange } | { expire: true } | { postponeTo: number } {
  if ('change' in read) return { change: read.change };
  if ('unreadable' in read) return { expire: true };
  const checks = item.expiryChecks ?? 0;
  if ('failure' in read && checks + 1 >= EXPIRY_READS) return { expire: true };
  return { postponeTo: nextExpiryLook(now, checks, retryMs, 'until' in read ? read.until : undefined) };
}

/**
 * The item once a claimed follow-up's delivery is known: sent, confirmed (its failures forgotten);
 * unreachable (uninstalled or blocked), the item marked so, the follow-up left claimed and no other
 * ever tried; not now, given back to be tried again later, unless it is no longer claimed.
 * Undefined when nothing is to be written.
 */
export function afterDelivery(
  item: OpenItem,
  followUp: FollowUp,
  delivery: 'sent' | 'unreachable' | 'retry',
  now: number,
  retryMs: number,
): OpenItem | undefined {
  if (delivery === 'sent') {
    const { sendFailures: _cleared, ...rest } = item;
    return confirmSent(rest, followUp);
  }
  if (delivery === 'unreachable') return confirmSent(item.unreachableAt === undefined ? unreachable(item, now) : item, followUp);
  return item.sent.includes(followUp) ? giveBack(item, followUp, now, retryMs) : undefined;
}

/** Whether a follow-up that could not be delivered has now failed often enough to be given up. */
export const givenUp = (item: Pick<OpenItem, 'sendFailures'> | undefined): boolean => (item?.sendFailures ?? 0) >= SEND_ATTEMPTS;

/** The invitations an acceptance belongs to: those still open that name the customer who accepted. */
export const acceptedInvitations = (items: readonly (OpenItem | undefined)[], accepted: Pick<CaseCustomer, 'tenantId' | 'domain'>): string[] =>
  items.filter((item): item is OpenItem => item !== undefined && isOpen(item) && isNamedBy(item, accepted)).map((item) => item.id);
