// The events inbox's policy: how many events wait, how often a failed delivery is tried again and
// when it is given up, and how long a delivered event's id is remembered so a copy sent again is
// answered, not delivered; and what the inbox's documents hold (the waiting events, written as
// Partner Center writes them and read back as strictly, and the ids seen). Pure: the inbox in
// hosting reads and writes its documents and applies these answers.
import { PartnerCenterEvent, readPartnerCenterEvent } from './partnerCenterEvents';

const DAY = 24 * 60 * 60 * 1000;

/** Events waiting in one shard: beyond, a new one is answered 503 (Partner Center sends it again later). */
export const INBOX_LIMIT = 100;
/** Ids remembered as done in one shard (the oldest go first), far more than a partner's events in SEEN_DAYS. */
export const SEEN_LIMIT = 2000;
/**
 * How long a delivered event's id is kept: Partner Center documents no retry schedule, and the
 * audit record an event points to is read for 30 days by default ("audit records for the previous
 * 30 days", get-a-record-of-partner-center-activity-by-user); a copy older than that finds nothing
 * new anyway, since each item applies a change and claims its message once.
 */
export const SEEN_DAYS = 30;
/** Deliveries of one event that may fail (the store, Partner Center's audit read) before it is given up, logged. */
export const DELIVERY_ATTEMPTS = 10;
/** The first wait after a failed delivery, unless the deployment says otherwise. */
export const DEFAULT_RETRY_MS = 30_000;
/** The longest wait between two tries. */
export const MAX_RETRY_WAIT_MS = DAY;

/**
 * After a failed delivery, the event's `tries` so far counted with this one: given up once they
 * reach DELIVERY_ATTEMPTS; else tried again after `retryMs` doubled for each try, at most a day.
 */
export function afterFailure(
  triesBefore: number,
  now: number,
  retryMs = DEFAULT_RETRY_MS,
): { giveUp: true; tries: number } | { tries: number; nextAt: number } {
  const tries = triesBefore + 1;
  if (tries >= DELIVERY_ATTEMPTS) return { giveUp: true, tries };
  return { tries, nextAt: now + Math.min(retryMs * 2 ** tries, MAX_RETRY_WAIT_MS) };
}

/**
 * The ids remembered after `id` was delivered at `now`: those younger than SEEN_DAYS, this one
 * last (whether it was there or not), and the newest SEEN_LIMIT of them.
 */
export function rememberDelivered(seen: Record<string, number>, id: string, now: number): Record<string, number> {
  const kept = Object.entries(seen).filter(([k, at]) => k !== id && now - at < SEEN_DAYS * DAY);
  return Object.fromEntries([...kept, [id, now] as [string, number]].slice(-SEEN_LIMIT));
}

// ---- the inbox's documents ----

/** The inbox and the ids seen are split by the event id (a SHA-256 in hex) into this many shards. */
export const INBOX_SHARDS = 8;
export const inboxShardOf = (id: string): number => parseInt(id.slice(0, 8), 16) % INBOX_SHARDS || 0;

/** An event kept, not yet delivered: when it came, how often its delivery failed, when it is tried next. */
export interface Waiting {
  id: string;
  event: PartnerCenterEvent;
  receivedAt: number;
  tries: number;
  nextAt: number;
}

/** A shard's waiting events as stored, each read back with the events' own strict reader (anything else is dropped). */
export function waitingList(v: unknown): Waiting[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((w) => {
    if (typeof w !== 'object' || w === null) return [];
    const r = w as Record<string, unknown>;
    const event = readPartnerCenterEvent(r.event);
    const numbers = [r.receivedAt, r.tries, r.nextAt].every((n) => typeof n === 'number');
    return typeof r.id === 'string' && event && numbers ? [{ ...(r as unknown as Waiting), event }] : [];
  });
}

/** An event as Partner Center writes it, so the inbox reads it back with the same strict reader. */
export const wireEvent = (e: PartnerCenterEvent): Record<string, unknown> => ({
  EventName: e.name,
  ResourceUri: e.resourceUri,
  ResourceName: e.resourceName,
  AuditUri: e.auditUri ?? null,
  ResourceChangeUtcDate: e.changedAt,
});

/**
 * A shard's list with a new event kept, due at once: 'kept' when one with its id waits already
 * (whatever the copies, it is kept once), 'full' when the shard holds INBOX_LIMIT.
 */
export function withWaiting(stored: unknown, id: string, event: PartnerCenterEvent, now: number): unknown[] | 'kept' | 'full' {
  const list = waitingList(stored);
  if (list.some((w) => w.id === id)) return 'kept';
  if (list.length >= INBOX_LIMIT) return 'full';
  return [...list.map((w) => ({ ...w, event: wireEvent(w.event) })), { id, event: wireEvent(event), receivedAt: now, tries: 0, nextAt: now }];
}

/** The events to deliver from a shard: the one `only` names (delivered at once by the instance that received it), else every one due. */
export const dueWaiting = (stored: unknown, now: number, only?: string): Waiting[] =>
  waitingList(stored).filter((w) => (only === undefined ? w.nextAt <= now : w.id === only));

/** A shard's list without an event (delivered, dropped, or given up). */
export const withoutWaiting = (stored: unknown, id: string): unknown[] =>
  waitingList(stored)
    .filter((w) => w.id !== id)
    .map((w) => ({ ...w, event: wireEvent(w.event) }));

/** A shard's list with an event's failed delivery counted and its next try set (afterFailure). */
export const retriedLater = (stored: unknown, id: string, next: { tries: number; nextAt: number }): unknown[] =>
  waitingList(stored).map((w) => ({ ...(w.id === id ? { ...w, tries: next.tries, nextAt: next.nextAt } : w), event: wireEvent(w.event) }));

/** The ids remembered as delivered, as stored (anything but a time is dropped). */
export function seenMap(v: unknown): Record<string, number> {
  if (typeof v !== 'object' || v === null) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === 'number'));
}
