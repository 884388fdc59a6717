// Access followed to active (review 4, gap 1): once Assign access was done, an approved GDAP item
// stays followed (the poller reads its access assignments, and Partner Center's
// granular-admin-access-assignment-* events ask for that read) until every assignment is active.
// An assignment that fails, or stays pending for hours, earns one message each. Pure: the reads and
// the messages are the shell's (src/hosting/cases).
import { type AccessProgress } from './accessAssignments';
import type { FollowUp, OpenItem } from './cases';

/** The messages the access earns, each once. */
export type AccessFollowUp = Extract<FollowUp, 'accessFailed' | 'accessStuck'>;

/** Is the item's access still followed: an approved relationship whose assignments are made but not all active. */
export function followsAccess(item: Pick<OpenItem, 'kind' | 'status' | 'access' | 'unreachableAt'>): boolean {
  if (item.kind !== 'gdapApproval' || item.status !== 'approved' || item.unreachableAt !== undefined) return false;
  return item.access === 'pending' || item.access === 'stuck' || item.access === 'failed';
}

const EARNS: Partial<Record<AccessProgress, AccessFollowUp>> = { failed: 'accessFailed', stuck: 'accessStuck' };

/**
 * The item after its access was read: the progress kept and, while followed, the next read due a
 * poll interval later; the message it earns (a failure, or pending for hours), once each, and none
 * for an item that is not an approved relationship's. `seen`: the partner saw it on the card (Check
 * status, Assign access), so the message counts as sent and none goes.
 */
export function applyAccess(
  item: OpenItem,
  progress: AccessProgress,
  now: number,
  pollMs: number,
  seen = false,
): { item: OpenItem; followUp?: AccessFollowUp } | undefined {
  if (item.kind !== 'gdapApproval' || item.status !== 'approved') return undefined;
  const earned = EARNS[progress];
  const fresh = earned !== undefined && !item.sent.includes(earned) && item.unreachableAt === undefined;
  const next: OpenItem = { ...item, access: progress };
  if (followsAccess(next)) next.nextPollAt = Math.min(item.nextPollAt > now ? item.nextPollAt : Infinity, now + pollMs);
  if (!fresh && item.access === progress && next.nextPollAt === item.nextPollAt) return undefined;
  if (!fresh) return { item: next };
  return seen ? { item: { ...next, sent: [...next.sent, earned] } } : { item: next, followUp: earned };
}

/**
 * A granular-admin-access-assignment-* event for the item: its assignments are read at the poller's
 * next round. Assignments made elsewhere (Partner Center, another tool) are followed from now on
 * too; the read settles where they stand. Undefined: nothing to follow (not an approved relationship).
 */
export function readAccessSoon(item: OpenItem, now: number): OpenItem | undefined {
  if (item.kind !== 'gdapApproval' || item.status !== 'approved' || item.unreachableAt !== undefined) return undefined;
  const access = followsAccess(item) ? item.access : 'pending';
  return { ...item, access, nextPollAt: Math.min(item.nextPollAt, now) };
}
