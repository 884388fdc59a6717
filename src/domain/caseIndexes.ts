// What the open items' store keeps beside the items, and its rules: an owner's list and a
// customer's invitations (newest first, bounded), the schedule (every live item's poll and due
// times, split in shards that refuse a new item once full rather than drop another), the leases
// (one instance polls at a time; a lease from a clock far ahead is not believed), and what a sweep
// forgets. Each document is read back checked, anything of the wrong shape dropped. Pure: the
// store (src/hosting/cases/caseStore.ts) reads and writes them conditionally.
import { forgetAt, nextDueAt, OpenItem } from './cases';
import { readItem } from './caseItems';

/** A live item as the poller and the reminder loop see it without reading the item. */
export interface Scheduled {
  id: string;
  nextPollAt: number;
  /** The next reminder or expiry; 0 when none. */
  dueAt: number;
  forgetAt: number;
}

/** Item ids an owner's list keeps (the newest). */
export const OWNER_LIMIT = 100;
/**
 * 32 shards of 500: 16,000 items, far beyond what partners follow at once, yet a bound. A shard is
 * one state entry: 500 entries of about 170 characters are 85 KB in Blob and 170 KB as the memory
 * store counts them (two bytes a character), both within the default 256 KB an entry may hold, so
 * a shard is full at the same count in memory and in Blob.
 */
export const SHARD_LIMIT = 500;
export const DEFAULT_SHARDS = 32;
/**
 * The longest a lease may run: a holder renews it each round, so a short one costs nothing, and a
 * holder that stopped without releasing it (or whose clock runs ahead) holds polling up no longer.
 */
export const MAX_LEASE_MS = 2 * 60_000;
/** Invitations one customer's index keeps (the newest): colleagues who each invited the same customer. */
export const INVITES_PER_CUSTOMER = 20;
/** A listed id longer than this is no id of ours. */
const MAX_ID = 300;

export const scheduleOf = (item: OpenItem): Scheduled => ({ id: item.id, nextPollAt: item.nextPollAt, dueAt: nextDueAt(item) ?? 0, forgetAt: forgetAt(item) });

/** Whether a write moved the item in the schedule (its shard's entry is then written too). */
export function scheduleMoved(before: OpenItem, after: OpenItem): boolean {
  const was = scheduleOf(before);
  const now = scheduleOf(after);
  return was.nextPollAt !== now.nextPollAt || was.dueAt !== now.dueAt || was.forgetAt !== now.forgetAt;
}

/** An item as stored, without the store's eTag; undefined when it is no item. */
export function storedItem(state: unknown): OpenItem | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { eTag: _eTag, ...content } = state as Record<string, unknown>;
  return readItem(content);
}

/** A list of ids as stored. */
export function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.length <= MAX_ID) : [];
}

/** The ids of several stored lists (an owner's keys, a customer's keys) read at once: each once, in the order first listed. */
export function idsListed(docs: Record<string, unknown>): string[] {
  return [...new Set(Object.values(docs).flatMap((d) => stringList((d as Record<string, unknown> | undefined)?.ids)))];
}

/** An owner's items as the store found them by their ids: those forgotten since (or unreadable) left out, newest first. */
export function listedItems(ids: readonly string[], found: (id: string) => unknown): OpenItem[] {
  const items = ids.map((id) => storedItem(found(id))).filter((i): i is OpenItem => i !== undefined);
  return items.sort((a, b) => b.createdAt - a.createdAt);
}

/** A shard's schedule as stored. */
export function scheduleList(v: unknown): Scheduled[] {
  if (!Array.isArray(v)) return [];
  return v.filter(
    (s): s is Scheduled =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as Scheduled).id === 'string' &&
      typeof (s as Scheduled).nextPollAt === 'number' &&
      typeof (s as Scheduled).dueAt === 'number' &&
      typeof (s as Scheduled).forgetAt === 'number',
  );
}

/** A list with `id` first (moved there if it was listed), its newest `limit` kept. */
export const withNewest = (stored: unknown, id: string, limit: number): string[] => [id, ...stringList(stored).filter((x) => x !== id)].slice(0, limit);

/** A list without `ids`. */
export const withoutIds = (stored: unknown, ids: readonly string[]): string[] => stringList(stored).filter((x) => !ids.includes(x));

/**
 * A shard's schedule with the item's entry put in, or moved; 'full' for a new item (`adding`) when
 * the shard holds `limit` others already: no other item is dropped for it.
 */
export function withScheduled(stored: unknown, entry: Scheduled, adding: boolean, limit = SHARD_LIMIT): Scheduled[] | 'full' {
  const others = scheduleList(stored).filter((s) => s.id !== entry.id);
  if (adding && others.length >= limit) return 'full';
  return [...others, entry];
}

/** A shard's schedule without these items. */
export const unscheduled = (stored: unknown, ids: readonly string[]): Scheduled[] => scheduleList(stored).filter((s) => !ids.includes(s.id));

/** The items of a shard whose time to be forgotten has come (closed a while ago, or long past their deadline). */
export const dueToForget = (schedule: readonly Scheduled[], now: number): string[] => schedule.filter((s) => s.forgetAt <= now).map((s) => s.id);

/** A lease as stored: who holds it, until when by the holder's clock. */
export interface Lease {
  holder: string;
  until: number;
}

/**
 * Whether `holder` may take (or renew) a lease stored as `current`, and the lease it then writes:
 * refused while another holder's lease runs. The holder wrote `until` with its own clock: one
 * further ahead than any lease may run came from a clock ahead of ours, and is not believed (the
 * lease counts as run out).
 */
export function leaseFor(current: Record<string, unknown> | undefined, holder: string, ttlMs: number, now: number): Lease | 'held' {
  const until = current?.until;
  const running = typeof until === 'number' && until > now && until - now <= MAX_LEASE_MS;
  if (current && current.holder !== holder && running) return 'held';
  return { holder, until: now + Math.min(ttlMs, MAX_LEASE_MS) };
}

/** A lease given up: nobody's, run out. */
export const RELEASED: Lease = { holder: '', until: 0 };
