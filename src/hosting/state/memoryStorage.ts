// Bot state in this process's memory: the embedded default (no Azure account), one instance only.
//
// The same rules as botbuilder's MemoryStorage: items are kept as JSON text, so a read never hands
// out an object a turn holds, and a missing item is written whatever the eTag (but create-only);
// "*" or no eTag writes unconditionally; any other eTag must be the stored one. In addition, as
// the blob storage does (blobStorage.ts): a create-only write (NEW_ITEM_ETAG) of an item that
// exists is a conflict, the new eTag is written back onto the item (a follow-up write of the same
// turn needs no read to learn it), and the text is shared with the turn's state
// (optimisticState.ts), so a turn does not serialise its state once more to know what it read,
// nor the storage what the turn already serialised.
//
// Bounded: an entry (a conversation's state or a user's) not read or written for
// `idleMs` is forgotten, and so is the least recently used one once there are more than
// `maxEntries`. The map is kept in order of last use, so both are taken from its front. A
// forgotten conversation starts over at its next message, as after a restart of the process.
import { Storage, StoreItems } from 'botbuilder';
import { NEW_ITEM_ETAG, contentTextOf, withReadText } from './optimisticState';
import { StateConflictError } from '../errors/turnErrors';

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

export class InMemoryStateStorage implements Storage {
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
      if (!kept) continue;
      const item = JSON.parse(kept.text) as Record<string, unknown>;
      item.eTag = kept.eTag;
      found[key] = withReadText(item, kept.text);
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes);
    const now = this.now();
    // Every condition is checked before anything is written: a batch takes effect whole or not at all.
    for (const [key, item] of entries) {
      const eTag = (item as { eTag?: unknown } | null)?.eTag;
      const kept = this.use(key, now);
      if (!kept) continue;
      if (eTag === NEW_ITEM_ETAG || (typeof eTag === 'string' && eTag !== '' && eTag !== '*' && eTag !== kept.eTag)) {
        throw new StateConflictError(`Storage: error writing "${key}" due to eTag conflict.`);
      }
    }
    for (const [key, item] of entries) {
      this.version += 1;
      const eTag = String(this.version);
      this.items.delete(key);
      this.items.set(key, { text: contentTextOf(item ?? {}), eTag, used: now });
      if (item && typeof item === 'object') (item as Record<string, unknown>).eTag = eTag;
    }
    this.evict(now);
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    for (const key of keys) this.items.delete(key);
  }
}
