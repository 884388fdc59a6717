// The local Direct Line's conversations, as Direct Line 3.0 keeps them for a client: each bound to
// one token, its activities numbered in order (the id `<conversation>|<seq>`, the watermark the
// last seq a poll saw), a page per poll, an updated activity queued again under its id, idle
// conversations expiring (unused tokens within minutes). Everything is bounded in bytes as well as
// counts, the oldest activities going first (the rules: localDirectLineRules.ts).
// Pure: time and the token's digest are given (the shell, hosting/directline/localDirectLine.ts,
// makes the random token and id and hashes it). Activities are kept as their JSON text: parsed,
// one can cost twenty times its text, so only the text makes the count honest.
import type { LocalDirectLineSettings } from '../../config/webChatSettings';
import { ByteWindow, Verdict } from './byteWindow';
import {
  activityBytes,
  askedWatermark,
  conversationFull,
  CONVERSATION_OVERHEAD_BYTES,
  expiresAt,
  idleMsOf,
  PAGE_SIZE,
  secondsUntilFree,
  tooLargeToPost,
  unusedMsOf,
} from './localDirectLineRules';

export type JsonObject = Record<string, unknown>;

/** How often expired conversations are looked for (they are also checked on every lookup). */
const SWEEP_INTERVAL_MS = 10_000;

/** How a token is kept and checked: by a digest, compared in constant time (the shell's crypto). */
export interface TokenDigests {
  digestOf(token: string): string;
  sameDigest(kept: string, token: string): boolean;
}

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
  /** Turns are run one after the other, as a user would take them (the server's queue). */
  queue: Promise<void>;
  pending: number;
}

interface Stored extends LocalConversation {
  tokenDigest: string;
  issuedAt: number;
  /** The client has posted: the conversation is in use even if it was never started. */
  posted: boolean;
  nextSeq: number;
  entries: Entry[];
  bytes: number;
  clientBytes: ByteWindow;
}

/** A token's access: 401 none given, 403 not this conversation's (or expired with it), 404 no such conversation. */
export type Access = { ok: true; conversation: LocalConversation } | { ok: false; status: 401 | 403 | 404 };

/** A client's post: stored with its id and text, or refused (413: larger than a conversation may hold; 429: over its share per minute). */
export type Posted = { ok: true; id: string; text: string } | { ok: false; status: 413 } | { ok: false; status: 429; retryAfterSeconds: number };

/** The JSON text and what it costs in memory: a byte a character when all ASCII, else two (V8's two string forms). */
function encode(activity: JsonObject): { text: string; bytes: number } {
  const text = JSON.stringify(activity);
  return { text, bytes: activityBytes(text, Buffer.byteLength(text) === text.length) };
}

const nextId = (stored: Stored): string => `${stored.id}|${String(stored.nextSeq).padStart(7, '0')}`;

/** A poll's answer as Direct Line's ActivitySet JSON, from the stored texts without parsing them. */
export const activitySetJson = (texts: readonly string[], watermark: string): string =>
  `{"activities":[${texts.join(',')}],"watermark":${JSON.stringify(watermark)}}`;

export class DirectLineConversations {
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
    protected readonly now: () => number,
    private readonly digests: TokenDigests,
  ) {}

  get idleMs(): number {
    return idleMsOf(this.settings);
  }

  /** How long a token may wait for its conversation to be started (or posted to). */
  get unusedMs(): number {
    return unusedMsOf(this.settings);
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Everything the store holds, in counted bytes (activities and conversations). */
  get bytes(): number {
    return this.totalBytes;
  }

  /** Opens a conversation for a token (its id and token made by the caller); false when the store is full. */
  open(id: string, token: string, userId: string, locale: string | undefined): boolean {
    this.sweep(true);
    if (this.conversations.size >= this.settings.maxConversations) return false;
    const tokenDigest = this.digests.digestOf(token);
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
      tokenDigest,
      issuedAt: now,
      posted: false,
      nextSeq: 1,
      entries: [],
      bytes: 0,
      clientBytes: new ByteWindow(this.settings.maxPostBytesPerMinute, 60_000),
    });
    this.byToken.set(tokenDigest, id);
    return true;
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
    return secondsUntilFree(soonest, now);
  }

  /** The conversation a token belongs to (for the calls that name no conversation). */
  conversationForToken(token: string | undefined): Access {
    if (token === undefined) return { ok: false, status: 401 };
    this.sweep();
    const id = this.byToken.get(this.digests.digestOf(token));
    const conversation = id === undefined ? undefined : this.live(id);
    return conversation ? { ok: true, conversation } : { ok: false, status: 403 };
  }

  /** Checks that the conversation exists and that the token is the one issued for it. */
  access(conversationId: string, token: string | undefined): Access {
    if (token === undefined) return { ok: false, status: 401 };
    this.sweep();
    const conversation = this.live(conversationId);
    if (!conversation) return { ok: false, status: 404 };
    if (!this.digests.sameDigest(conversation.tokenDigest, token)) return { ok: false, status: 403 };
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
    if (tooLargeToPost(bytes, this.settings)) return { ok: false, status: 413 };
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
    const asked = askedWatermark(watermark, last);
    const page = stored.entries.filter((e) => e.seq > asked).slice(0, PAGE_SIZE);
    const next = page.length > 0 ? page[page.length - 1]!.seq : asked;
    return { texts: page.map((e) => e.text), watermark: String(next) };
  }

  /** A poll's answer as Direct Line's ActivitySet JSON, built from the stored texts without parsing them. */
  readBody(conversation: LocalConversation, watermark: unknown): string {
    const { texts, watermark: next } = this.readTexts(conversation, watermark);
    return activitySetJson(texts, next);
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

  private expiresAt(conversation: Stored): number {
    return expiresAt(conversation, this.settings);
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
    this.byToken.delete(conversation.tokenDigest);
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
    while (conversationFull({ count: stored.entries.length, bytes: stored.bytes }, entry.bytes, this.settings)) {
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
