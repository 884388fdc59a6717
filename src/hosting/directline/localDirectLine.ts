// The state of the local Direct Line: conversations, the token bound to each, and the activities
// waiting to be polled. Everything is bounded, in bytes as well as counts: idle conversations
// expire (unused tokens within minutes); each conversation and the whole store have a byte budget,
// the oldest activities going first. Nothing here does I/O. Activities are kept as their JSON
// text: parsed, one can cost twenty times its text (32 KB of `[{},{},…]` is 630 KB of heap), so
// only the text makes the count honest. It is parsed again when the bot's turn runs; polls send it as it is.
import { createHash, randomBytes, timingSafeEqual } from 'crypto';
import { LocalDirectLineSettings } from '../../config/webChatSettings';
import { ByteWindow, Verdict } from '../../conversation/webChat/byteWindow';

export type JsonObject = Record<string, unknown>;

/** Activities returned per poll at most; the client pages on with the watermark. */
export const PAGE_SIZE = 100;
/** Turns waiting per conversation at most; more is a client misbehaving. */
export const MAX_PENDING_TURNS = 4;
/** What an activity costs beyond its text (its entry, id and timestamp). */
export const ENTRY_OVERHEAD_BYTES = 512;
/** What a conversation costs before it holds any activity (its record, token hash, map entries). */
export const CONVERSATION_OVERHEAD_BYTES = 2048;
/** How often expired conversations are looked for (they are also checked on every lookup). */
const SWEEP_INTERVAL_MS = 10_000;

interface Entry {
  seq: number;
  id: string;
  timestamp: unknown;
  text: string;
  /** What the entry counts against the budgets: its text and ENTRY_OVERHEAD_BYTES. */
  bytes: number;
  owner: Stored;
  /** Set once the entry is gone from its conversation (the store's queue skips it). */
  dropped: boolean;
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
  issuedAt: number;
  /** The client has posted: the conversation is in use even if it was never started. */
  posted: boolean;
  nextSeq: number;
  entries: Entry[];
  bytes: number;
  clientBytes: ByteWindow;
}

export type Access = { ok: true; conversation: LocalConversation } | { ok: false; status: 401 | 403 | 404 };

/** A client's post: stored with its id and text, or refused (413: larger than a conversation may hold; 429: over its share per minute). */
export type Posted = { ok: true; id: string; text: string } | { ok: false; status: 413 } | { ok: false; status: 429; retryAfterSeconds: number };

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

/** The JSON text and what it costs in memory: a byte a character when all ASCII, else two (V8's two string forms). */
function encode(activity: JsonObject): { text: string; bytes: number } {
  const text = JSON.stringify(activity);
  return { text, bytes: (Buffer.byteLength(text) === text.length ? text.length : 2 * text.length) + ENTRY_OVERHEAD_BYTES };
}

const nextId = (stored: Stored): string => `${stored.id}|${String(stored.nextSeq).padStart(7, '0')}`;

export class LocalDirectLine {
  private readonly conversations = new Map<string, Stored>();
  private readonly byToken = new Map<string, string>();
  /** Every entry in the order it was stored, across conversations (the oldest go first when the store is full), and how many of them are dropped. */
  private order: Entry[] = [];
  private orderHead = 0;
  private husks = 0;
  private totalBytes = 0;
  private lastSweep = 0;

  constructor(
    readonly settings: LocalDirectLineSettings,
    private readonly now: () => number = Date.now,
  ) {}

  get idleMs(): number {
    return this.settings.idleMinutes * 60_000;
  }

  /** How long a token may wait for its conversation to be started (or posted to). */
  get unusedMs(): number {
    return Math.min(this.settings.unusedTokenSeconds * 1000, this.idleMs);
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Everything the store holds, in counted bytes (activities and conversations). */
  get bytes(): number {
    return this.totalBytes;
  }

  /** A new conversation and the token for it, or undefined when the store is full. */
  issue(userId: string, locale: string | undefined): IssuedToken | undefined {
    this.sweep(true);
    if (this.conversations.size >= this.settings.maxConversations) return undefined;
    const token = randomBytes(32).toString('base64url');
    const id = randomBytes(18).toString('base64url');
    const tokenHash = hash(token);
    const now = this.now();
    this.makeRoom(CONVERSATION_OVERHEAD_BYTES);
    this.totalBytes += CONVERSATION_OVERHEAD_BYTES;
    this.conversations.set(id, {
      id,
      userId,
      locale,
      started: false,
      lastActive: now,
      queue: Promise.resolve(),
      pending: 0,
      tokenHash,
      issuedAt: now,
      posted: false,
      nextSeq: 1,
      entries: [],
      bytes: 0,
      clientBytes: new ByteWindow(this.settings.maxPostBytesPerMinute, 60_000),
    });
    this.byToken.set(tokenHash.toString('hex'), id);
    return { token, conversationId: id, expiresIn: Math.round(this.unusedMs / 1000) };
  }

  /**
   * Seconds until the soonest a conversation can expire and free its place (an unused token's
   * short window, or the idle time after the last message): what a refused client is told to
   * wait. Activity in that conversation meanwhile moves its time, never the other way.
   */
  secondsUntilFree(): number {
    const now = this.now();
    let soonest = Infinity;
    for (const conversation of this.conversations.values()) soonest = Math.min(soonest, this.expiresAt(conversation));
    return soonest === Infinity ? 1 : Math.max(1, Math.ceil((soonest - now) / 1000));
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

  /** The client's activity: counted against the conversation's share per minute, then stored. */
  post(conversation: LocalConversation, activity: JsonObject): Posted {
    const stored = this.stored(conversation);
    const id = nextId(stored);
    const { text, bytes } = encode({ ...activity, id });
    if (bytes > this.settings.maxConversationBytes || bytes > this.settings.maxPostBytesPerMinute) return { ok: false, status: 413 };
    const verdict: Verdict = stored.clientBytes.take(bytes, this.now());
    if (!verdict.allowed) return { ok: false, status: 429, retryAfterSeconds: verdict.retryAfterSeconds };
    stored.posted = true;
    this.store(stored, id, activity.timestamp, text, bytes);
    return { ok: true, id, text };
  }

  /** Stores an activity (the bot's) and gives it the next id; undefined when it is larger than a conversation may hold. */
  append(conversation: LocalConversation, activity: JsonObject): string | undefined {
    const stored = this.stored(conversation);
    const id = nextId(stored);
    const { text, bytes } = encode({ ...activity, id });
    if (bytes > this.settings.maxConversationBytes) return undefined;
    this.store(stored, id, activity.timestamp, text, bytes);
    return id;
  }

  /**
   * Replaces an activity the bot sent earlier. The new version is queued again (same id, same
   * timestamp), so a client past it sees it once more and replaces it in place.
   */
  update(conversation: LocalConversation, activityId: string, activity: JsonObject): 'updated' | 'not-found' | 'too-large' {
    const stored = this.stored(conversation);
    const index = stored.entries.findIndex((e) => e.id === activityId);
    if (index < 0) return 'not-found';
    const previous = stored.entries[index]!;
    const { text, bytes } = encode({ ...activity, id: activityId, timestamp: previous.timestamp });
    if (bytes > this.settings.maxConversationBytes) return 'too-large';
    stored.entries.splice(index, 1);
    this.forget(previous);
    this.store(stored, activityId, previous.timestamp, text, bytes);
    return 'updated';
  }

  /** The activities after a watermark (each version once) as JSON texts, and the watermark to ask with next. */
  readTexts(conversation: LocalConversation, watermark: unknown): { texts: string[]; watermark: string } {
    const stored = this.stored(conversation);
    const last = stored.nextSeq - 1;
    const asked = typeof watermark === 'string' && /^\d{1,15}$/.test(watermark) ? Math.min(Number(watermark), last) : 0;
    const page = stored.entries.filter((e) => e.seq > asked).slice(0, PAGE_SIZE);
    const next = page.length > 0 ? page[page.length - 1]!.seq : asked;
    return { texts: page.map((e) => e.text), watermark: String(next) };
  }

  /** A poll's answer as Direct Line's ActivitySet JSON, built from the stored texts without parsing them. */
  readBody(conversation: LocalConversation, watermark: unknown): string {
    const { texts, watermark: next } = this.readTexts(conversation, watermark);
    return `{"activities":[${texts.join(',')}],"watermark":${JSON.stringify(next)}}`;
  }

  /** The activities after a watermark, parsed. */
  read(conversation: LocalConversation, watermark: unknown): { activities: JsonObject[]; watermark: string } {
    const { texts, watermark: next } = this.readTexts(conversation, watermark);
    return { activities: texts.map((t) => JSON.parse(t) as JsonObject), watermark: next };
  }

  /** The bytes one conversation holds (its activities, as counted against its budget). */
  bytesOf(conversation: LocalConversation): number {
    return this.stored(conversation).bytes;
  }

  /** Drops expired conversations (at most every few seconds unless forced). */
  sweep(force = false): void {
    const now = this.now();
    if (!force && now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    for (const conversation of [...this.conversations.values()]) {
      if (now >= this.expiresAt(conversation)) this.drop(conversation);
    }
  }

  /** An unused token lasts the short window; a conversation in use, the idle time after its last activity. */
  private expiresAt(conversation: Stored): number {
    return conversation.started || conversation.posted ? conversation.lastActive + this.idleMs : conversation.issuedAt + this.unusedMs;
  }

  private live(conversationId: string): Stored | undefined {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return undefined;
    if (this.now() >= this.expiresAt(conversation)) {
      this.drop(conversation);
      return undefined;
    }
    return conversation;
  }

  private drop(conversation: Stored): void {
    this.conversations.delete(conversation.id);
    this.byToken.delete(conversation.tokenHash.toString('hex'));
    for (const entry of conversation.entries) this.forget(entry);
    conversation.entries = [];
    this.totalBytes -= CONVERSATION_OVERHEAD_BYTES;
  }

  private stored(conversation: LocalConversation): Stored {
    const stored = this.conversations.get(conversation.id);
    if (!stored) throw new Error('The conversation has expired.');
    return stored;
  }

  /** Keeps the entry, after making room: first in its conversation (count and bytes), then in the whole store. */
  private store(stored: Stored, id: string, timestamp: unknown, text: string, bytes: number): void {
    const entry: Entry = { seq: stored.nextSeq++, id, timestamp, text, bytes, owner: stored, dropped: false };
    while (
      stored.entries.length > 0 &&
      (stored.entries.length >= this.settings.maxActivities || stored.bytes + entry.bytes > this.settings.maxConversationBytes)
    ) {
      this.forget(stored.entries.shift()!);
    }
    this.makeRoom(entry.bytes);
    stored.entries.push(entry);
    stored.bytes += entry.bytes;
    this.totalBytes += entry.bytes;
    this.order.push(entry);
    stored.lastActive = this.now();
  }

  /** Evicts the oldest activities of the whole store until `bytes` more fit in its budget. */
  private makeRoom(bytes: number): void {
    while (this.totalBytes + bytes > this.settings.maxTotalBytes && this.orderHead < this.order.length) {
      const oldest = this.order[this.orderHead++]!;
      // The oldest entry of the store is the first of its conversation: entries are stored in order.
      if (oldest.dropped) this.husks--;
      else this.forget(oldest.owner.entries.splice(oldest.owner.entries.indexOf(oldest), 1)[0]!, false);
    }
  }

  /** Takes the entry out of the counts and lets its text go (the store's queue keeps only a husk until it is compacted). */
  private forget(entry: Entry, inQueue = true): void {
    if (entry.dropped) return;
    entry.dropped = true;
    entry.text = '';
    entry.owner.bytes -= entry.bytes;
    this.totalBytes -= entry.bytes;
    if (!inQueue) return;
    this.husks++;
    // Husks and the spent front of the queue are cleared once they are most of it (amortized: each entry is copied at most once per halving).
    if (this.husks > 1024 && this.husks * 2 > this.order.length - this.orderHead) {
      this.order = this.order.slice(this.orderHead).filter((e) => !e.dropped);
      this.orderHead = 0;
      this.husks = 0;
    }
  }
}
