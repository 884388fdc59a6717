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
import { Storage, StoreItems } from 'botbuilder';
import { NEW_ITEM_ETAG, contentTextOf, withReadText } from './optimisticState';
import { StateConflictError } from '../errors/turnErrors';

/** One stored item: its content as JSON (without the eTag) and its eTag. */
export interface KeptItem {
  text: string;
  eTag: string;
}

export class InMemoryStateStorage implements Storage {
  private version = 0;

  /** `items` can be handed in to look at what is kept (the benchmark measures it). */
  constructor(readonly items: Map<string, KeptItem> = new Map()) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    const found: StoreItems = {};
    for (const key of keys) {
      const kept = this.items.get(key);
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
    // Every condition is checked before anything is written: a batch takes effect whole or not at all.
    for (const [key, item] of entries) {
      const eTag = (item as { eTag?: unknown } | null)?.eTag;
      const kept = this.items.get(key);
      if (!kept) continue;
      if (eTag === NEW_ITEM_ETAG || (typeof eTag === 'string' && eTag !== '' && eTag !== '*' && eTag !== kept.eTag)) {
        throw new StateConflictError(`Storage: error writing "${key}" due to eTag conflict.`);
      }
    }
    for (const [key, item] of entries) {
      this.version += 1;
      const eTag = String(this.version);
      this.items.set(key, { text: contentTextOf(item ?? {}), eTag });
      if (item && typeof item === 'object') (item as Record<string, unknown>).eTag = eTag;
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    for (const key of keys) this.items.delete(key);
  }
}
