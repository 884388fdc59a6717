// Bot state in this process's memory: the embedded default (no Azure account), one instance only.
// Items are kept as JSON text, so a read never hands out an object a turn holds. Bounded (a
// BoundedCache): an entry (a conversation's state or a user's) not read or written for `idleMs`
// is forgotten, and so is the least recently used one once there are more than `maxEntries` or
// the entries hold more than `maxBytes`; an entry over `maxEntryBytes` is refused, unwritten
// (StateEntryTooLargeError). Bytes are counted as the heap holds the text: two per character.
// A forgotten conversation starts over at its next message, as after a restart.
import { StoreItems } from 'botbuilder';
import { BoundedCache } from '../../domain/boundedCache';
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

/** What an entry costs beyond its key and text (its record, eTag and map slots). */
export const ENTRY_OVERHEAD_BYTES = 128;

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

  /** `items` can be handed in to look at what is kept (the benchmark measures it). Without limits nothing is forgotten. */
  constructor(
    readonly items: Map<string, StoredEntry> = new Map(),
    readonly limits: MemoryStateLimits = { maxEntries: Infinity, idleMs: Infinity },
    now: () => number = Date.now,
  ) {
    // What the cache forgets by itself (beyond the count, or idle) is uncounted as it goes.
    const onForget = (key: string, entry: StoredEntry): void => {
      this.totalBytes -= costOf(key, entry.text);
    };
    this.entries = new BoundedCache({ maxEntries: limits.maxEntries, idleMs: limits.idleMs, now, store: items, onForget });
    this.maxBytes = limits.maxBytes ?? Infinity;
    this.maxEntryBytes = limits.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
    // Counted from what the cache kept of `items` (it may have forgotten some as it took them).
    this.totalBytes = 0;
    for (const [key, entry] of items) this.totalBytes += costOf(key, entry.text);
  }

  /** Entries forgotten so far (idle, beyond the count or beyond the bytes). */
  get evicted(): number {
    return this.entries.evictions + this.byteEvictions;
  }

  /** The bytes the entries hold, as counted against maxBytes. */
  get bytes(): number {
    return this.totalBytes;
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
      return { eTag: this.keep(keyOrChanges, json) };
    }
    const changes = keyOrChanges;
    if (!changes || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes);
    // Every condition and size is checked before anything is written: a batch takes effect whole or not at all.
    const texts = entries.map(([, item]) => contentJson((item ?? {}) as Record<string, unknown>));
    for (const [i, [key, item]] of entries.entries()) {
      const eTag = (item as { eTag?: unknown } | null)?.eTag;
      const kept = this.entry(key, 'move');
      if (kept && typeof eTag === 'string' && eTag !== '' && eTag !== '*' && eTag !== kept.eTag) throw conflictError(key);
      this.checkSize(key, texts[i]!);
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
    const before = this.items.get(key);
    if (before) this.totalBytes -= costOf(key, before.text);
    this.totalBytes += costOf(key, text);
    this.entries.set(key, { text, eTag });
    // Beyond the bytes, the least recently used go first; the entry just written stays.
    if (this.totalBytes > this.maxBytes) {
      for (const front of this.items.keys()) {
        if (this.totalBytes <= this.maxBytes || front === key) break;
        this.remove(front);
        this.byteEvictions += 1;
      }
    }
    return eTag;
  }

  private checkSize(key: string, text: string): void {
    const bytes = costOf(key, text);
    if (bytes > this.maxEntryBytes) throw new StateEntryTooLargeError(bytes, this.maxEntryBytes);
  }

  /**
   * The entry, made the most recently used (`move`) or left in its place (`peek`: a conditional
   * write, whose keep() moves it anyway); an idle one is forgotten (and uncounted) either way.
   */
  private entry(key: string, how: 'move' | 'peek'): StoredEntry | undefined {
    return how === 'move' ? this.entries.get(key) : this.entries.peek(key);
  }

  /** Forgets one entry and its bytes. */
  private remove(key: string): void {
    const kept = this.items.get(key);
    if (!kept) return;
    this.entries.delete(key);
    this.totalBytes -= costOf(key, kept.text);
  }
}

/** An entry's bytes as the heap holds it: key and text at two bytes a character, and the record around them. */
function costOf(key: string, text: string): number {
  return 2 * (key.length + text.length) + ENTRY_OVERHEAD_BYTES;
}
