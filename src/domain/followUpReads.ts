// What a poll's read of an open item leads to: a status read (a change to apply as an event's,
// else the next read, later after each failure), a relationship's health read (its end kept, a
// termination or expiry applied, read again a day later once its end is known), an access read
// (read again while the access is followed). Pure: the poller reads, applies and writes as told.
import type { ActionFailure } from './actions';
import { CaseChange, CaseCustomer, CaseKind, isOpen, nextPoll, OpenItem } from './cases';
import { followsAccess } from './accessFollowUp';
import type { AccessProgress } from './accessAssignments';
import { followsRelationship, nextHealthReadAt, RelationshipEnd } from './relationshipHealth';

/**
 * What a status read found: a change to apply, nothing new, no way to read this kind, or a failure.
 * `until`: when the object itself says it runs out (a transfer's expirationTime, when Partner
 * Center gives one); `end`: a GDAP relationship's end as Graph gives it (relationshipHealth.ts).
 */
export type StatusRead =
  | { change: CaseChange; customer?: CaseCustomer; end?: RelationshipEnd }
  | { unchanged: true; until?: number; end?: RelationshipEnd }
  | { unreadable: true }
  | { failure: ActionFailure };

/** An access assignments read: where the access stands, or a failure. */
export type AccessRead = { progress: AccessProgress } | { failure: ActionFailure };

/**
 * A read that threw instead of answering (a dropped connection, a bug in a reader): failed as an
 * unreachable service with no HTTP status, so it is counted and read again, backing off.
 */
export const readThrew = (): { failure: ActionFailure } => ({ failure: { kind: 'unavailable', status: 0 } });

/** How a read is counted (the follow-ups' poll metric). */
export type PollOutcome = 'changed' | 'unchanged' | 'failed';

/** A change a read found, reported as an event reports one. */
export interface ReadChange {
  kind: CaseKind;
  objectId: string;
  change: CaseChange;
  customer?: CaseCustomer;
}

export interface AfterRead {
  outcome: PollOutcome;
  /** The change to apply (it schedules the item itself); none: the item is read again (`readAgain`). */
  change?: ReadChange;
  /** The failure's kind, for the log line. */
  failure?: ActionFailure['kind'];
}

/** After a status read. */
export function afterStatusRead(item: Pick<OpenItem, 'kind' | 'objectId'>, read: StatusRead): AfterRead {
  if ('change' in read)
    return {
      outcome: 'changed',
      change: { kind: item.kind, objectId: item.objectId, change: read.change, ...(read.customer ? { customer: read.customer } : {}) },
    };
  return 'failure' in read ? { outcome: 'failed', failure: read.failure.kind } : { outcome: 'unchanged' };
}

/** The item read again later: a poll interval after a read, doubling after each failure (a day at most); nothing once it closed. */
export const statusReadAgain =
  (now: number, pollMs: number, failed: boolean) =>
  (item: OpenItem): OpenItem | undefined =>
    isOpen(item) ? nextPoll(item, now, pollMs, failed) : undefined;

/**
 * After an approved relationship's health read: its end kept when Graph gives one, and a change
 * applied when it is one (terminated, expired: "approved" is what the item already knows).
 */
export function afterHealthRead(item: Pick<OpenItem, 'kind' | 'objectId'>, read: StatusRead): AfterRead & { end?: RelationshipEnd } {
  const end = 'end' in read ? read.end : undefined;
  const kept = end ? { end } : {};
  if ('change' in read && read.change !== 'approved')
    return { outcome: 'changed', change: { kind: item.kind, objectId: item.objectId, change: read.change }, ...kept };
  return 'failure' in read ? { outcome: 'failed', failure: read.failure.kind, ...kept } : { outcome: 'unchanged', ...kept };
}

/** The relationship read again: a day later once its end is known, the next poll before; never earlier than already set, nothing once it is no longer followed. */
export const healthReadAgain =
  (now: number, pollMs: number) =>
  (item: OpenItem): OpenItem | undefined => {
    const at = nextHealthReadAt(now, item.endsAt !== undefined, pollMs);
    return followsRelationship(item) && item.nextPollAt < at ? { ...item, nextPollAt: at } : undefined;
  };

/** After an access read: the progress to apply, or a failure (counted, read again later). */
export function afterAccessRead(read: AccessRead): { outcome: PollOutcome; progress?: AccessProgress; failure?: ActionFailure['kind'] } {
  return 'progress' in read ? { outcome: 'unchanged', progress: read.progress } : { outcome: 'failed', failure: read.failure.kind };
}

/** The access read again while it is still followed (the message did not end it): a poll interval later, longer after failures. */
export const accessReadAgain =
  (now: number, pollMs: number, failed: boolean) =>
  (item: OpenItem): OpenItem | undefined =>
    followsAccess(item) ? nextPoll(item, now, pollMs, failed) : undefined;
