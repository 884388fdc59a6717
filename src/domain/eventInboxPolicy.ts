// The events inbox's policy: how many events wait, how often a failed delivery is tried again and
// when it is given up, and how long a delivered event's id is remembered so a copy sent again is
// answered, not delivered. Pure: the inbox in hosting keeps the events and applies these answers.

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
