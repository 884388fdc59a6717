// The rules of a Web Chat visitor on the server: which activities are a visitor's, how long a
// visitor lasts (an absolute lifetime from the first visit, an idle time since the last token
// request, and never again once ended), how long one instance may take a live answer as still
// true, and what a turn of an ended visitor gets. Pure: hosting keeps the records and the memo.

export interface VisitorLimits {
  /** From the first visit: after this, the visitor ends however active. */
  lifetimeMs: number;
  /** Since the last token request: after this, the visitor ends. */
  idleMs: number;
}

/** With Partner Center actions (a sign-in and cases behind the visitor): a working day, and a long lunch. */
export const SIGNED_IN_LIMITS: VisitorLimits = { lifetimeMs: 12 * 3_600_000, idleMs: 4 * 3_600_000 };

/**
 * How long a live answer is kept in one instance. Every Web Chat turn asks whether its visitor
 * ended; asking the store each time would cost every turn a storage round trip (Blob). A sign-out
 * on another instance is seen here within this.
 */
export const LIVE_MEMO_MS = 30_000;

/** What the server keeps of a visitor: its first visit, its last token request, its end. */
export interface VisitorRecord {
  started: number;
  seen: number;
  ended?: number;
}

/** A visitor's Direct Line user id as the page's token exchange makes it. */
const VISITOR_USER_ID = /^dl_[A-Za-z0-9_-]{43}$/;

/** An activity of a Web Chat visitor: the page's Azure Direct Line, or the local one, from a `dl_` id this server made. */
export function isVisitorActivity<A extends { channelId?: string; from?: { id?: string } }>(activity: A): activity is A & { from: { id: string } } {
  const id = activity.from?.id;
  return (activity.channelId === 'webchat' || activity.channelId === 'directline') && typeof id === 'string' && VISITOR_USER_ID.test(id);
}

/** A stored record read back: numbers where numbers belong, else none. */
export function visitorRecordOf(state: Record<string, unknown> | undefined): VisitorRecord | undefined {
  if (!state || typeof state.started !== 'number' || typeof state.seen !== 'number') return undefined;
  return { started: state.started, seen: state.seen, ...(typeof state.ended === 'number' ? { ended: state.ended } : {}) };
}

/** Live: not ended, within its lifetime and its idle time. */
export function isLive(record: VisitorRecord, now: number, limits: VisitorLimits): boolean {
  return record.ended === undefined && now - record.started < limits.lifetimeMs && now - record.seen < limits.idleMs;
}

/** Until when one instance may take a live visitor as still live: the memo's time, and never past the visitor's own end. */
export function memoUntil(record: VisitorRecord, now: number, limits: VisitorLimits): number {
  return Math.min(now + LIVE_MEMO_MS, record.started + limits.lifetimeMs, record.seen + limits.idleMs);
}

/** What an ended visitor's turn gets: a message, one line to reload the page; an invoke, 403; anything else, nothing. */
export function endedVisitorAnswer(activityType: string | undefined): 'reloadLine' | 'forbidden' | 'nothing' {
  return activityType === 'message' ? 'reloadLine' : activityType === 'invoke' ? 'forbidden' : 'nothing';
}
