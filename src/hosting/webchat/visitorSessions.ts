// The server's side of a Web Chat visitor (visitor.ts): the signed cookie says which visitor a
// browser claims, and this record says whether that visitor is still one. A visitor lasts an
// absolute lifetime from its first visit and ends after an idle time without a token request;
// signing out ends it at once. An ended or expired visitor's cookie is never honoured again: the
// browser that presents it (or anyone holding a copy) becomes a new, anonymous visitor, with a new
// user id and so none of the old one's cases or sign-in. Kept in the bot's state store, so every
// instance that shares it agrees; one record per visitor, keyed by a hash of its user id.
import { createHash } from 'crypto';
import { BoundedCache } from '../../domain/boundedCache';
import type { ConditionalStorage } from '../state/stateStorage';
import { endedRecord, isLive, isVisitorActivity, memoUntil, VisitorLimits, visitorRecordOf } from '../../conversation/webChat/visitorRules';

const keyOf = (userId: string): string => `webchat/visitor/${createHash('sha256').update(userId).digest('hex').slice(0, 40)}`;

/** Visitors whose answers one instance keeps: far more than chat at once; beyond, the oldest are asked again. */
const MEMO_ENTRIES = 10_000;

export class VisitorSessions {
  /** Visitors found live, until when this instance takes that as still true. */
  private readonly liveUntil = new BoundedCache<string, number>({ maxEntries: MEMO_ENTRIES });
  /** Visitors found ended: an ended session never comes back, so this answer holds for good. */
  private readonly endedIds = new BoundedCache<string, true>({ maxEntries: MEMO_ENTRIES });

  constructor(
    private readonly storage: ConditionalStorage,
    readonly limits: VisitorLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts a new visitor's session. */
  async open(userId: string): Promise<void> {
    const now = this.now();
    await this.storage.write(keyOf(userId), JSON.stringify({ started: now, seen: now }), { createOnly: true });
  }

  /** Whether the visitor's session is live (then its idle time starts again); false when unknown, ended or expired. */
  async resume(userId: string): Promise<boolean> {
    const stored = await this.storage.readItem(keyOf(userId));
    const record = visitorRecordOf(stored?.state);
    const now = this.now();
    if (!stored || !record || !isLive(record, now, this.limits)) return false;
    // A conflict means another request touched it at the same moment: as good as this one.
    await this.storage.write(keyOf(userId), JSON.stringify({ ...record, seen: now }), { ifMatch: stored.eTag });
    return true;
  }

  /**
   * Whether the visitor's session has ended or expired (an unknown visitor is not said to have
   * ended): asked on every Web Chat turn, so answered from this instance's memo where it can.
   */
  async ended(userId: string): Promise<boolean> {
    if (this.endedIds.get(userId)) return true;
    const now = this.now();
    if ((this.liveUntil.get(userId) ?? -Infinity) > now) return false;
    const record = visitorRecordOf((await this.storage.readItem(keyOf(userId)))?.state);
    if (record === undefined) return false;
    if (!isLive(record, now, this.limits)) {
      this.endedIds.set(userId, true);
      this.liveUntil.delete(userId);
      return true;
    }
    // Kept no longer than the session itself lasts without a token request.
    this.liveUntil.set(userId, memoUntil(record, now, this.limits));
    return false;
  }

  /** Ends the visitor's session: its cookie names nobody from now on. */
  async end(userId: string): Promise<void> {
    const now = this.now();
    for (let attempt = 0; attempt < 4; attempt++) {
      const stored = await this.storage.readItem(keyOf(userId));
      const json = JSON.stringify(endedRecord(visitorRecordOf(stored?.state), now));
      const written = await this.storage.write(keyOf(userId), json, stored ? { ifMatch: stored.eTag } : { createOnly: true });
      if (!('conflict' in written)) {
        this.liveUntil.delete(userId);
        this.endedIds.set(userId, true);
        return;
      }
    }
    throw new Error('A Web Chat visitor kept changing under four attempts to end it');
  }

  /**
   * A sign-out in the bot: where it came from a Web Chat visitor (the page's Azure Direct Line, or
   * the local one, whose user ids are `dl_` ids this server made), that visitor ends.
   */
  async signedOut(activity: { channelId?: string; from?: { id?: string } }): Promise<void> {
    if (isVisitorActivity(activity)) await this.end(activity.from.id);
  }
}
