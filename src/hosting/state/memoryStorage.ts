// Bot state in this process's memory: the embedded default (no Azure account), one instance only.
// Items are kept as JSON text, so a read never hands out an object a turn holds. Bounded (a
// BoundedCache): an entry (a conversation's state or a user's) not read or written for `idleMs`
// is forgotten, and so is the least recently used one once there are more than `maxEntries`. A
// forgotten conversation starts over at its next message, as after a restart.
import { StoreItems } from 'botbuilder';
import { BoundedCache } from '../../domain/boundedCache';
import { ConditionalStorage, StoredItem, WriteCondition, WriteResult, conflictError, contentJson, storedItem } from './stateStorage';

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
}

export class InMemoryStateStorage implements ConditionalStorage {
  private version = 0;
  private readonly entries: BoundedCache<string, StoredEntry>;

  /** `items` can be handed in to look at what is kept (the benchmark measures it). Without limits nothing is forgotten. */
  constructor(
    readonly items: Map<string, StoredEntry> = new Map(),
    readonly limits: MemoryStateLimits = { maxEntries: Infinity, idleMs: Infinity },
    now: () => number = Date.now,
  ) {
    this.entries = new BoundedCache({ maxEntries: limits.maxEntries, idleMs: limits.idleMs, now, store: items });
  }

  /** Entries forgotten so far (idle or beyond the count). */
  get evicted(): number {
    return this.entries.evictions;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    const found: StoreItems = {};
    for (const key of keys) {
      const kept = this.entries.get(key);
      if (kept) found[key] = storedItem(kept.text, kept.eTag).state;
    }
    return found;
  }

  async readItem(key: string): Promise<StoredItem | undefined> {
    const kept = this.entries.get(key);
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
      const kept = this.entries.get(keyOrChanges);
      const holds = condition && 'createOnly' in condition ? kept === undefined : kept?.eTag === condition?.ifMatch;
      if (!holds || json === undefined) return { conflict: true };
      return { eTag: this.keep(keyOrChanges, json) };
    }
    const changes = keyOrChanges;
    if (!changes || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes);
    // Every condition is checked before anything is written: a batch takes effect whole or not at all.
    for (const [key, item] of entries) {
      const eTag = (item as { eTag?: unknown } | null)?.eTag;
      const kept = this.entries.get(key);
      if (kept && typeof eTag === 'string' && eTag !== '' && eTag !== '*' && eTag !== kept.eTag) throw conflictError(key);
    }
    for (const [key, item] of entries) {
      const eTag = this.keep(key, contentJson((item ?? {}) as Record<string, unknown>));
      if (item && typeof item === 'object') (item as Record<string, unknown>).eTag = eTag;
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    for (const key of keys) this.entries.delete(key);
  }

  /** Stores the item as the most recently used entry (forgetting what no longer fits); returns its new eTag. */
  private keep(key: string, text: string): string {
    this.version += 1;
    const eTag = String(this.version);
    this.entries.set(key, { text, eTag });
    return eTag;
  }
}
