// Bot state in this process's memory: the embedded default (no Azure account), one instance only.
// Items are kept as JSON text, so a read never hands out an object a turn holds. Bounded (a
// BoundedCache): an entry (a conversation's state or a user's) not read or written for `idleMs`
// is never read again and is forgotten when room is needed; beyond `maxEntries` entries or
// `maxBytes` bytes the least recently used go; an entry over `maxEntryBytes` is refused, unwritten
// (StateEntryTooLargeError). Bytes are counted as the heap holds the text: two per character.
// A forgotten conversation starts over at its next message, as after a restart. The open items
// (keys under `cases/`) are none of that: a partner's GDAP request forgotten to make room for
// someone's conversations would never be followed up. They are kept beside the bounded entries,
// never forgotten for idleness, count or bytes, and counted against `maxBytes` on their own: a
// write beyond it is refused (StateStoreFullError) instead of pushing another item out. The
// budgets' rules (what an entry costs, which are kept apart, when a write is refused) are pure:
// src/domain/memoryStateBudgets.ts.
import { StoreItems } from 'botbuilder';
import { entryCost as costOf, isKeptKey, keptItemsOverBudget } from '../../domain/memoryStateBudgets';
import { BoundedCache } from '../../domain/boundedCache';
import { batchConditions } from '../../protocols/blobStorage/blobConditions';
import {
  ConditionalStorage,
  DEFAULT_MAX_ENTRY_BYTES,
  StateEntryTooLargeError,
  StoredItem,
  WriteCondition,
  WriteResult,
  conflictError,
  contentJson,
  storedItem,
} from './stateStorage';

/** A write of an open item beyond the bytes they may hold together: refused, nothing written, nothing forgotten. */
export class StateStoreFullError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The open items already hold the ${maxBytes} bytes they may have; nothing was written`);
    this.name = 'StateStoreFullError';
  }
}

/** One stored item: its content as JSON (without the eTag) and its eTag. */
export interface StoredEntry {
  text: string;
  eTag: string;
}

export interface MemoryStateLimits {
  /** Entries kept at most; the least recently used go first. */
  maxEntries: number;
  /** An entry unused for this long is forgotten. */
  idleMs: number;
  /** Bytes all entries may hold together; the least recently used go first. Default: no limit. */
  maxBytes?: number;
  /** Bytes one entry may hold (DEFAULT_MAX_ENTRY_BYTES unless given); a larger one is refused. */
  maxEntryBytes?: number;
}

export class InMemoryStateStorage implements ConditionalStorage {
  private version = 0;
  private readonly entries: BoundedCache<string, StoredEntry>;
  /** The bytes of all entries (each entry's own are worked out from its key and text: costOf). */
  private totalBytes = 0;
  private byteEvictions = 0;
  private readonly maxBytes: number;
  private readonly maxEntryBytes: number;
  /** The open items (isKeptKey), never forgotten, and their bytes. */
  private readonly kept = new Map<string, StoredEntry>();
  private keptBytes = 0;

  /** `items` are the entries to start with, least recently used first. Without limits nothing is forgotten. */
  constructor(
    items: Map<string, StoredEntry> = new Map(),
    readonly limits: MemoryStateLimits = { maxEntries: Infinity, idleMs: Infinity },
    now: () => number = Date.now,
  ) {
    // What the cache forgets by itself (beyond the count, or idle) is uncounted as it goes.
    const onForget = (key: string, entry: StoredEntry): void => {
      this.totalBytes -= costOf(key, entry.text);
    };
    this.entries = new BoundedCache({ maxEntries: limits.maxEntries, idleMs: limits.idleMs, now, onForget });
    this.maxBytes = limits.maxBytes ?? Infinity;
    this.maxEntryBytes = limits.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
    // Counted as the cache takes them (it may forget some beyond the count: onForget uncounts them).
    for (const [key, entry] of items) {
      if (isKeptKey(key)) {
        this.kept.set(key, entry);
        this.keptBytes += costOf(key, entry.text);
      } else {
        this.totalBytes += costOf(key, entry.text);
        this.entries.set(key, entry);
      }
    }
  }

  /** A copy of the bounded entries held (not the open items; idle ones until forgotten), least recently used first, for a caller that looks at them. */
  get items(): ReadonlyMap<string, StoredEntry> {
    const found = new Map<string, StoredEntry>();
    for (const key of this.entries.heldKeys()) found.set(key, this.entries.peek(key, { idleToo: true })!);
    return found;
  }

  /** Entries forgotten so far (idle, beyond the count or beyond the bytes). */
  get evicted(): number {
    return this.entries.evictions + this.byteEvictions;
  }

  /** The bytes the entries hold, as counted against maxBytes. */
  get bytes(): number {
    return this.totalBytes;
  }

  /** The bytes the open items hold, counted against maxBytes on their own. */
  get keptItemBytes(): number {
    return this.keptBytes;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    const found: StoreItems = {};
    for (const key of keys) {
      const kept = this.entry(key, 'move');
      if (kept) found[key] = storedItem(kept.text, kept.eTag).state;
    }
    return found;
  }

  async readItem(key: string): Promise<StoredItem | undefined> {
    const kept = this.entry(key, 'move');
    return kept ? storedItem(kept.text, kept.eTag) : undefined;
  }

  /**
   * botbuilder's batch write, on MemoryStorage's rules: "*" or no eTag writes unconditionally, any
   * other eTag must be the stored one (a missing item is written).
   */
  write(changes: StoreItems): Promise<void>;
  /**
   * The conditional write (stateStorage.ts), checked and done in one step: create-only finds the
   * key empty, if-match finds that eTag.
   */
  write(key: string, json: string, condition: WriteCondition): Promise<WriteResult>;
  async write(keyOrChanges: string | StoreItems, json?: string, condition?: WriteCondition): Promise<WriteResult | void> {
    if (typeof keyOrChanges === 'string') {
      const kept = this.entry(keyOrChanges, 'peek');
      const holds = condition && 'createOnly' in condition ? kept === undefined : kept?.eTag === condition?.ifMatch;
      if (!holds || json === undefined) return { conflict: true };
      this.checkSize(keyOrChanges, json);
      this.checkRoom(keyOrChanges, json);
      return { eTag: this.keep(keyOrChanges, json) };
    }
    const changes = keyOrChanges;
    if (!changes || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes);
    // Every condition and size is checked before anything is written: a batch takes effect whole or not at all.
    const texts = entries.map(([, item]) => contentJson((item ?? {}) as Record<string, unknown>));
    for (const [i, [key, item]] of entries.entries()) {
      // The same rule as a batch on Blob (a real eTag must be the stored one), from one place.
      const { ifMatch } = batchConditions((item as { eTag?: unknown } | null)?.eTag);
      const kept = this.entry(key, 'move');
      if (kept && ifMatch !== undefined && ifMatch !== kept.eTag) throw conflictError(key);
      this.checkSize(key, texts[i]!);
      this.checkRoom(key, texts[i]!);
    }
    for (const [i, [key, item]] of entries.entries()) {
      const eTag = this.keep(key, texts[i]!);
      if (item && typeof item === 'object') (item as Record<string, unknown>).eTag = eTag;
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    for (const key of keys) this.remove(key);
  }

  /** Stores the item as the most recently used entry (forgetting what no longer fits); returns its new eTag. */
  private keep(key: string, text: string): string {
    this.version += 1;
    const eTag = String(this.version);
    if (isKeptKey(key)) {
      const was = this.kept.get(key);
      this.keptBytes += costOf(key, text) - (was ? costOf(key, was.text) : 0);
      this.kept.set(key, { text, eTag });
      return eTag;
    }
    const before = this.entries.peek(key, { idleToo: true });
    if (before) this.totalBytes -= costOf(key, before.text);
    this.totalBytes += costOf(key, text);
    this.entries.set(key, { text, eTag });
    // Beyond the bytes, the least recently used go first; the entry just written stays. Idle
    // entries are not listed; once only they are left, they are all forgotten at once (a scan of
    // every entry, so not on every write).
    for (let scanned = false; this.totalBytes > this.maxBytes;) {
      const front = this.entries.keys().next();
      if (front.done || front.value === key) {
        if (scanned) break;
        this.entries.forgetIdle();
        scanned = true;
        continue;
      }
      this.remove(front.value);
      this.byteEvictions += 1;
    }
    return eTag;
  }

  private checkSize(key: string, text: string): void {
    const bytes = costOf(key, text);
    if (bytes > this.maxEntryBytes) throw new StateEntryTooLargeError(bytes, this.maxEntryBytes);
  }

  /** An open item that would take the open items beyond their bytes is refused (nothing is forgotten for it). */
  private checkRoom(key: string, text: string): void {
    if (!isKeptKey(key)) return;
    if (keptItemsOverBudget(this.keptBytes, key, text, this.kept.get(key)?.text, this.maxBytes)) throw new StateStoreFullError(this.maxBytes);
  }

  /**
   * The entry, made the most recently used (`move`) or left in its place (`peek`: a conditional
   * write, whose keep() moves it anyway); an idle one is forgotten (and uncounted) either way.
   */
  private entry(key: string, how: 'move' | 'peek'): StoredEntry | undefined {
    if (isKeptKey(key)) return this.kept.get(key);
    return how === 'move' ? this.entries.get(key) : this.entries.peek(key);
  }

  /** Forgets one entry and its bytes. */
  private remove(key: string): void {
    const item = this.kept.get(key);
    if (item) {
      this.kept.delete(key);
      this.keptBytes -= costOf(key, item.text);
      return;
    }
    const kept = this.entries.peek(key, { idleToo: true });
    if (!kept) return;
    this.entries.delete(key);
    this.totalBytes -= costOf(key, kept.text);
  }
}
