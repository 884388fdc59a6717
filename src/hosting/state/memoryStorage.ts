// Bot state in this process's memory: the embedded default (no Azure account), one instance only.
//
// Items are kept as JSON text, so a read never hands out an object a turn holds. The conditional
// write (stateStorage.ts) is checked and done in one step: create-only finds the key empty,
// if-match finds that eTag. botbuilder's batch write keeps MemoryStorage's rules: "*" or no eTag
// writes unconditionally, any other eTag must be the stored one (a missing item is written).
import { StoreItems } from 'botbuilder';
import { ConditionalStorage, StoredItem, WriteCondition, WriteResult, conflictError, contentJson, storedItem } from './stateStorage';

/** One stored item: its content as JSON (without the eTag) and its eTag. */
export interface KeptItem {
  text: string;
  eTag: string;
}

export class InMemoryStateStorage implements ConditionalStorage {
  private version = 0;

  /** `items` can be handed in to look at what is kept (the benchmark measures it). */
  constructor(readonly items: Map<string, KeptItem> = new Map()) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    const found: StoreItems = {};
    for (const key of keys) {
      const kept = this.items.get(key);
      if (kept) found[key] = storedItem(kept.text, kept.eTag).state;
    }
    return found;
  }

  async readItem(key: string): Promise<StoredItem | undefined> {
    const kept = this.items.get(key);
    return kept ? storedItem(kept.text, kept.eTag) : undefined;
  }

  write(changes: StoreItems): Promise<void>;
  write(key: string, json: string, condition: WriteCondition): Promise<WriteResult>;
  async write(keyOrChanges: string | StoreItems, json?: string, condition?: WriteCondition): Promise<WriteResult | void> {
    if (typeof keyOrChanges === 'string') {
      const kept = this.items.get(keyOrChanges);
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
      const kept = this.items.get(key);
      if (kept && typeof eTag === 'string' && eTag !== '' && eTag !== '*' && eTag !== kept.eTag) throw conflictError(key);
    }
    for (const [key, item] of entries) {
      const eTag = this.keep(key, contentJson((item ?? {}) as Record<string, unknown>));
      if (item && typeof item === 'object') (item as Record<string, unknown>).eTag = eTag;
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    for (const key of keys) this.items.delete(key);
  }

  private keep(key: string, text: string): string {
    this.version += 1;
    const eTag = String(this.version);
    this.items.set(key, { text, eTag });
    return eTag;
  }
}
