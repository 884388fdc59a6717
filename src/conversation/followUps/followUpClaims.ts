// What the follow-ups' once-only path writes on an item besides a change or a due message: a
// message claimed long ago and never confirmed is taken again, an outcome's message given back is
// claimed again, an expiry is put off only on the item as it was read, a poll is parked. Each
// answers the item to write (or nothing, to leave it), as the store's conditional update takes it;
// hosting/cases/followUps.ts and poller.ts read, write and send. Also which note a delivery earns,
// and the log line it is written as.
import { claim, type FollowUp, isOpen, type OpenItem, owed, postponeExpiry, unconfirmed } from '../../domain/cases';
import { givenUp } from '../../domain/followUpDecisions';
import type { Delivery } from './followUpMessage';

/**
 * The follow-ups claimed and never confirmed (their process died sending), taken again now; none
 * for an item another instance reaches (`mine` false) or whose conversation can no longer be reached.
 */
export function reclaimUnconfirmed(item: OpenItem, now: number, mine: boolean): { pending: FollowUp[]; write?: OpenItem } {
  const pending = mine && item.unreachableAt === undefined ? unconfirmed(item, now) : [];
  return pending.length > 0 ? { pending, write: { ...item, sendingAt: now } } : { pending };
}

/** An outcome's message whose delivery was given back, claimed again; nothing when none is owed or the item is not this instance's. */
export function reclaimOwed(item: OpenItem, now: number, mine: boolean): { earned?: FollowUp; write?: OpenItem } {
  const earned = mine ? owed(item) : undefined;
  return earned ? { earned, write: claim(item, earned, now) } : {};
}

/** The expiry put off to `at`: only while the item is open and its check is still the one read (another instance may have moved it). */
export const postponedExpiry = (stored: OpenItem, read: Pick<OpenItem, 'expiryCheckAt'>, at: number): OpenItem | undefined =>
  isOpen(stored) && stored.expiryCheckAt === read.expiryCheckAt ? postponeExpiry(stored, at) : undefined;

/** A poll parked until `until`: never brought forward by it. */
export const parkedUntil = (item: OpenItem, until: number): OpenItem | undefined => (item.nextPollAt >= until ? undefined : { ...item, nextPollAt: until });

/** Whether this instance may tell an item: every one unless told which it reaches; no item is nothing to refuse. */
export const tellsHere = (item: OpenItem | undefined, reachable: ((item: OpenItem) => boolean) | undefined): boolean => !item || !reachable || reachable(item);

/** What a delivery is noted as: told, waiting for the relationship, unreachable for good, tried again, or given up after too many failures. */
export type DeliveryNote = 'told' | 'later' | 'unreachable' | 'retry' | 'givenUp';

export function deliveryNote(delivery: Delivery, after: Pick<OpenItem, 'sendFailures'> | undefined): DeliveryNote {
  if (delivery === 'sent' || delivery === 'assigned') return 'told';
  if (delivery === 'later' || delivery === 'unreachable') return delivery;
  return givenUp(after) ? 'givenUp' : 'retry';
}

/** The log line of each delivery note. */
const DELIVERY_LINES: Record<DeliveryNote, string> = {
  told: 'Follow-up sent',
  later: 'The approval waits for the relationship to become active: looked at again later',
  unreachable: 'The conversation can no longer be reached: the case is followed no further',
  givenUp: 'A follow-up failed too often: it is given up',
  retry: 'A follow-up could not be delivered now: it will be tried again',
};

/**
 * A delivery's log line (deliveryNote): a warning only when given up; a message told names its
 * source and delivery, one tried again or given up its failures so far.
 */
export function deliveryLogLine(
  delivery: Delivery,
  after: Pick<OpenItem, 'sendFailures'> | undefined,
  about: { kind: OpenItem['kind']; followUp: FollowUp; source: string },
): { level: 'info' | 'warn'; fields: Record<string, unknown>; message: string } {
  const note = deliveryNote(delivery, after);
  const told = note === 'told' ? { source: about.source, delivery } : {};
  const failures = note === 'retry' || note === 'givenUp' ? { failures: after?.sendFailures ?? 0 } : {};
  return {
    level: note === 'givenUp' ? 'warn' : 'info',
    fields: { kind: about.kind, followUp: about.followUp, ...told, ...failures },
    message: DELIVERY_LINES[note],
  };
}
