// Bot state in this process's memory: the embedded default (no Azure account), one instance only.
//
// Items are kept as JSON text, so a read never hands out an object a turn holds. The conditional
// write (stateStorage.ts) is checked and done in one step: create-only finds the key empty,
// if-match finds that eTag. botbuilder's batch write keeps MemoryStorage's rules: "*" or no eTag
// writes unconditionally, any other eTag must be the stored one (a missing item is written).
//
// Bounded: an entry (a conversation's state or a user's) not read or written for
// `idleMs` is forgotten, and so is the least recently used one once there are more than
// `maxEntries`. The map is kept in order of last use, so both are taken from its front. A
// forgotten conversation starts over at its next message, as after a restart of the process.
import { StoreItems } from 'botbuilder';
import { ConditionalStorage, StoredItem, WriteCondition, WriteResult, conflictError, contentJson, storedItem } from './stateStorage';

/** One stored item: its content as JSON (without the eTag) and its eTag. */
export interface KeptItem {
  text: string;
  eTag: string;
  /** When it was last read or written (ms since the epoch). */
  used: number;
}

export interface MemoryStateLimits {
  /** Entries kept at most; the least recently used go first. */
  maxEntries: number;
  /** An entry unused for this long is forgotten. */
  idleMs: number;
}

export class InMemoryStateStorage implements ConditionalStorage {
  private version = 0;
  /** Entries forgotten so far (idle or beyond the count). */
  evicted = 0;

  /** `items` can be handed in to look at what is kept (the benchmark measures it). Without limits nothing is forgotten. */
  constructor(
    readonly items: Map<string, KeptItem> = new Map(),
    readonly limits: MemoryStateLimits = { maxEntries: Infinity, idleMs: Infinity },
    private readonly now: () => number = Date.now,
  ) {}

  /** The entry, moved to the back as the most recently used; undefined (and forgotten) when idle too long. */
  private use(key: string, now: number): KeptItem | undefined {
    const kept = this.items.get(key);
    if (!kept) return undefined;
    this.items.delete(key);
    if (now - kept.used > this.limits.idleMs) {
      this.evicted += 1;
      return undefined;
    }
    kept.used = now;
    this.items.set(key, kept);
    return kept;
  }

  /** Forgets the entries idle too long and those beyond the count, oldest use first. */
  private evict(now: number): void {
    for (const [key, kept] of this.items) {
      if (this.items.size <= this.limits.maxEntries && now - kept.used <= this.limits.idleMs) break;
      this.items.delete(key);
      this.evicted += 1;
    }
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    const found: StoreItems = {};
    const now = this.now();
    for (const key of keys) {
      const kept = this.use(key, now);
      if (kept) found[key] = storedItem(kept.text, kept.eTag).state;
    }
    return found;
  }

  async readItem(key: string): Promise<StoredItem | undefined> {
    const kept = this.use(key, this.now());
    return kept ? storedItem(kept.text, kept.eTag) : undefined;
  }

  write(changes: StoreItems): Promise<void>;
  write(key: string, json: string, condition: WriteCondition): Promise<WriteResult>;
  async write(keyOrChanges: string | StoreItems, json?: string, condition?: WriteCondition): Promise<WriteResult | void> {
    if (typeof keyOrChanges === 'string') {
      const now = this.now();
      const kept = this.use(keyOrChanges, now);
      const holds = condition && 'createOnly' in condition ? kept === undefined : kept?.eTag === condition?.ifMatch;
      if (!holds || json === undefined) return { conflict: true };
      const eTag = this.keep(keyOrChanges, json, now);
      this.evict(now);
      return { eTag };
    }
    const changes = keyOrChanges;
    if (!changes || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes);
    const now = this.now();
    // Every condition is checked before anything is written: a batch takes effect whole or not at all.
    for (const [key, item] of entries) {
      const eTag = (item as { eTag?: unknown } | null)?.eTag;
      const kept = this.use(key, now);
      if (kept && typeof eTag === 'string' && eTag !== '' && eTag !== '*' && eTag !== kept.eTag) throw conflictError(key);
    }
    for (const [key, item] of entries) {
      const eTag = this.keep(key, contentJson((item ?? {}) as Record<string, unknown>), now);
      if (item && typeof item === 'object') (item as Record<string, unknown>).eTag = eTag;
    }
    this.evict(now);
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    for (const key of keys) this.items.delete(key);
  }

  /** Stores the item as the most recently used entry; returns its new eTag. */
  private keep(key: string, text: string, now: number): string {
    this.version += 1;
    const eTag = String(this.version);
    this.items.delete(key);
    this.items.set(key, { text, eTag, used: now });
    return eTag;
  }
}
