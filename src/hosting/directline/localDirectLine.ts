// The state of the local Direct Line: conversations, the token bound to each, and the activities
// waiting to be polled. Everything is bounded: idle conversations expire, the number of
// conversations and the history per conversation are capped. Nothing here does I/O.
import { createHash, randomBytes, timingSafeEqual } from 'crypto';
import { LocalDirectLineSettings } from '../config/webChatSettings';

export type JsonObject = Record<string, unknown>;

/** Activities returned per poll at most; the client pages on with the watermark. */
export const PAGE_SIZE = 100;
/** Turns waiting per conversation at most; more is a client misbehaving. */
export const MAX_PENDING_TURNS = 4;
/** How often expired conversations are looked for (they are also checked on every lookup). */
const SWEEP_INTERVAL_MS = 10_000;

interface Entry {
  seq: number;
  activity: JsonObject;
}

export interface LocalConversation {
  readonly id: string;
  readonly userId: string;
  /** The locale the page asked for, passed to the bot with conversationUpdate. */
  locale: string | undefined;
  started: boolean;
  lastActive: number;
  /** Turns are run one after the other, as a user would take them. */
  queue: Promise<void>;
  pending: number;
}

interface Stored extends LocalConversation {
  tokenHash: Buffer;
  nextSeq: number;
  entries: Entry[];
}

export type Access = { ok: true; conversation: LocalConversation } | { ok: false; status: 401 | 403 | 404 };

export interface IssuedToken {
  token: string;
  conversationId: string;
  expiresIn: number;
}

function hash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `Bearer <token>` → token; undefined for anything else. */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
  return match ? match[1] : undefined;
}

export class LocalDirectLine {
  private readonly conversations = new Map<string, Stored>();
  private readonly byToken = new Map<string, string>();
  private lastSweep = 0;

  constructor(
    readonly settings: LocalDirectLineSettings,
    private readonly now: () => number = Date.now,
  ) {}

  get idleMs(): number {
    return this.settings.idleMinutes * 60_000;
  }

  get size(): number {
    return this.conversations.size;
  }

  /** A new conversation and the token for it, or undefined when the store is full. */
  issue(userId: string, locale: string | undefined): IssuedToken | undefined {
    this.sweep(true);
    if (this.conversations.size >= this.settings.maxConversations) return undefined;
    const token = randomBytes(32).toString('base64url');
    const id = randomBytes(18).toString('base64url');
    const tokenHash = hash(token);
    this.conversations.set(id, {
      id,
      userId,
      locale,
      started: false,
      lastActive: this.now(),
      queue: Promise.resolve(),
      pending: 0,
      tokenHash,
      nextSeq: 1,
      entries: [],
    });
    this.byToken.set(tokenHash.toString('hex'), id);
    return { token, conversationId: id, expiresIn: Math.round(this.idleMs / 1000) };
  }

  /** The conversation a token belongs to (for the calls that name no conversation). */
  conversationForToken(token: string | undefined): Access {
    if (token === undefined) return { ok: false, status: 401 };
    this.sweep();
    const id = this.byToken.get(hash(token).toString('hex'));
    const conversation = id === undefined ? undefined : this.live(id);
    return conversation ? { ok: true, conversation } : { ok: false, status: 403 };
  }

  /** Checks that the conversation exists and that the token is the one issued for it. */
  access(conversationId: string, token: string | undefined): Access {
    if (token === undefined) return { ok: false, status: 401 };
    this.sweep();
    const conversation = this.live(conversationId);
    if (!conversation) return { ok: false, status: 404 };
    if (!sameHash(conversation.tokenHash, hash(token))) return { ok: false, status: 403 };
    return { ok: true, conversation };
  }

  /** For the bot's side (the local connector), which is trusted and knows no token. */
  find(conversationId: string): LocalConversation | undefined {
    this.sweep();
    return this.live(conversationId);
  }

  touch(conversation: LocalConversation): void {
    conversation.lastActive = this.now();
  }

  /** Stores an activity and gives it the next id; the oldest are dropped beyond the cap. */
  append(conversation: LocalConversation, activity: JsonObject): string {
    const stored = this.stored(conversation);
    const seq = stored.nextSeq++;
    const id = `${stored.id}|${String(seq).padStart(7, '0')}`;
    stored.entries.push({ seq, activity: { ...activity, id } });
    this.trim(stored);
    this.touch(conversation);
    return id;
  }

  /**
   * Replaces an activity the bot sent earlier. The new version is queued again (same id, same
   * timestamp), so a client past it sees it once more and replaces it in place.
   */
  update(conversation: LocalConversation, activityId: string, activity: JsonObject): boolean {
    const stored = this.stored(conversation);
    const index = stored.entries.findIndex((e) => e.activity.id === activityId);
    if (index < 0) return false;
    const previous = stored.entries[index]!.activity;
    stored.entries.splice(index, 1);
    const seq = stored.nextSeq++;
    stored.entries.push({ seq, activity: { ...activity, id: activityId, timestamp: previous.timestamp } });
    this.trim(stored);
    this.touch(conversation);
    return true;
  }

  /** The activities after a watermark (each version once), and the watermark to ask with next. */
  read(conversation: LocalConversation, watermark: unknown): { activities: JsonObject[]; watermark: string } {
    const stored = this.stored(conversation);
    const last = stored.nextSeq - 1;
    const asked = typeof watermark === 'string' && /^\d{1,15}$/.test(watermark) ? Math.min(Number(watermark), last) : 0;
    const page = stored.entries.filter((e) => e.seq > asked).slice(0, PAGE_SIZE);
    const next = page.length > 0 ? page[page.length - 1]!.seq : asked;
    return { activities: page.map((e) => e.activity), watermark: String(next) };
  }

  /** Drops expired conversations (at most every few seconds unless forced). */
  sweep(force = false): void {
    const now = this.now();
    if (!force && now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    for (const conversation of [...this.conversations.values()]) {
      if (now - conversation.lastActive >= this.idleMs) this.drop(conversation);
    }
  }

  private live(conversationId: string): Stored | undefined {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return undefined;
    if (this.now() - conversation.lastActive >= this.idleMs) {
      this.drop(conversation);
      return undefined;
    }
    return conversation;
  }

  private drop(conversation: Stored): void {
    this.conversations.delete(conversation.id);
    this.byToken.delete(conversation.tokenHash.toString('hex'));
  }

  private stored(conversation: LocalConversation): Stored {
    const stored = this.conversations.get(conversation.id);
    if (!stored) throw new Error('The conversation has expired.');
    return stored;
  }

  private trim(stored: Stored): void {
    while (stored.entries.length > this.settings.maxActivities) stored.entries.shift();
  }
}
