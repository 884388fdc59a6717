// When the follow-ups act: what the poller does with an item whose time has come, how many status
// reads a minute it makes, how often it and the reminders' loop run and how long their leases
// last, and what "Remind me again" and "Stop reminding" change. Pure: hosting walks the schedule,
// reads, writes and sleeps as these answers say.
import { followsAccess } from './accessFollowUp';
import { forgetAt, isOpen, OpenItem, owed, quieten, Reminder, snooze, unconfirmed } from './cases';
import type { Scheduled } from './caseIndexes';
import { namesCustomer } from './invitations';
import { followsRelationship } from './relationshipHealth';

const MINUTE = 60_000;

/** How often the poller walks the schedule: the poll interval, between 1 and 15 seconds. */
export const pollTickMs = (pollMs: number): number => Math.min(15_000, Math.max(1_000, pollMs));

/** The poller's lease outlives a few missed rounds, so a short pause does not hand polling to another instance. */
export const pollerLeaseMs = (tickMs: number): number => Math.max(30_000, 3 * tickMs);

/** The reminders' lease, renewed every round (a sleep apart at most), and never longer than a lease may run. */
export const remindersLeaseMs = (maxSleepMs: number, maxLeaseMs: number): number => Math.min(maxLeaseMs, Math.max(30_000, 2 * maxSleepMs));

/** The reminders sleep until the next due time, a second at least. */
export const sleepUntil = (nextAt: number, now: number): number => Math.max(1_000, nextAt - now);

/**
 * What the poller does with an item whose poll time has come, in this order: send again what is
 * owed; read an approved relationship's access assignments until they settle, then the relationship
 * itself once a day; leave alone until `until` what is closed, unreachable, or an invitation naming
 * nobody (until its deadline); else read its status. `resume`: a message left on its way too long
 * is sent again first.
 */
export type PollStep =
  | { step: 'deliverOwed' }
  | { step: 'readAccess'; resume: boolean }
  | { step: 'readHealth'; resume: boolean }
  | { step: 'park'; until: number; resume: boolean }
  | { step: 'readStatus'; resume: boolean };

export function pollStep(item: OpenItem, now: number, reader: { status: boolean; access: boolean }): PollStep {
  if (owed(item)) return { step: 'deliverOwed' };
  const resume = unconfirmed(item, now).length > 0;
  if (followsAccess(item) && reader.access) return { step: 'readAccess', resume };
  if (followsRelationship(item) && reader.status) return { step: 'readHealth', resume };
  const unnamed = item.kind === 'resellerAcceptance' && !namesCustomer(item);
  if (!isOpen(item) || item.unreachableAt !== undefined || unnamed)
    return { step: 'park', until: unnamed && isOpen(item) ? item.deadline : forgetAt(item), resume };
  return { step: 'readStatus', resume };
}

/** The reads of the last minute, and whether one more may be made now (then counted among them). */
export function takeRead(reads: readonly number[], now: number, perMinute: number): { allowed: boolean; reads: number[] } {
  const recent = reads.filter((at) => at > now - MINUTE);
  return recent.length >= perMinute ? { allowed: false, reads: recent } : { allowed: true, reads: [...recent, now] };
}

/**
 * "Remind me again": the last reminder sent comes once more, a day later: an approved
 * relationship's end, a waiting item's expiry or else its "not approved yet". Undefined when
 * there is nothing left to remind of (closed, unreachable, or an approved item never warned).
 */
export function snoozed(item: OpenItem, now: number): OpenItem | undefined {
  if (item.unreachableAt !== undefined) return undefined;
  if (item.status === 'approved') return item.sent.includes('endsSoon') ? snooze(item, 'endsSoon', now) : undefined;
  if (item.status !== 'waiting') return undefined;
  const reminder: Reminder = item.sent.includes('expiresSoon') ? 'expiresSoon' : 'notApprovedYet';
  return snooze(item, reminder, now);
}

/** Whether an item still has reminders to stop: a waiting item, or an approved relationship (its end). */
export const remindsOf = (item: Pick<OpenItem, 'status'>): boolean => item.status === 'waiting' || item.status === 'approved';

/** An entry of the schedule as the poller walks it: forgotten once its time is over, left until its poll time, else visited. */
export function pollEntryStep(entry: Pick<Scheduled, 'nextPollAt' | 'forgetAt'>, now: number): 'forget' | 'notYet' | 'visit' {
  if (entry.forgetAt <= now) return 'forget';
  return entry.nextPollAt > now ? 'notYet' : 'visit';
}

/**
 * One round of the reminders: the items whose reminder or expiry is due (0: none), and when the
 * next one falls due, a sleep at most from now so that a new item's times are seen.
 */
export function remindersRound(entries: readonly Pick<Scheduled, 'id' | 'dueAt'>[], now: number, maxSleepMs: number): { due: string[]; nextAt: number } {
  const due: string[] = [];
  let nextAt = now + maxSleepMs;
  for (const e of entries) {
    if (e.dueAt === 0) continue;
    if (e.dueAt <= now) due.push(e.id);
    else nextAt = Math.min(nextAt, e.dueAt);
  }
  return { due, nextAt };
}

/** "Stop reminding": the item quiet, where it still has reminders that are not stopped yet. */
export const quietened = (item: OpenItem): OpenItem | undefined => (remindsOf(item) && !item.quiet ? quieten(item) : undefined);

/** The answer to "Stop reminding": done now, or already quiet while it still has reminders; false when there is nothing to stop. */
export const quietenAnswer = (changed: boolean, kept: OpenItem | undefined): boolean => changed || (kept !== undefined && remindsOf(kept));
