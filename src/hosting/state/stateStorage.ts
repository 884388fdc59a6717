// What the host asks of a state store beyond botbuilder's Storage: a typed conditional write.
// botbuilder's Storage.write takes a batch whose eTags are the condition ("*" or none:
// unconditional; any other: must match) and says nothing typed when it fails (MemoryStorage throws
// a plain Error). Turns must write only over the version they read, or only if the item does not
// exist yet, and know the new eTag or that they lost the race. The Microsoft 365 Agents SDK's
// storage has the same two write modes (StoreItem eTags and `ifNotExists`): a move maps one to one.
import { Storage, StoreItems } from 'botbuilder';
import { StateConflictError } from '../errors/turnErrors';
import { WriteCondition, WriteResult, failedPlainWrite, plainWriteResult } from '../../conversation/channel/stateVersions';

/** Bytes one state entry (a conversation's or a user's, as JSON) may have by default: a conversation keeps about 0.5 KB. */
export const DEFAULT_MAX_ENTRY_BYTES = 256 * 1024;

/**
 * A state entry over its byte limit: refused before anything is written, never retried (it would
 * be as large again). Not transient: the turn is answered as a failed turn and logged with this name.
 */
export class StateEntryTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(`A state entry of ${bytes} bytes is over the ${maxBytes} bytes an entry may have; nothing was written`);
    this.name = 'StateEntryTooLargeError';
  }
}

/** Write only over the stored version with this eTag, or only if the key holds nothing yet (conversation/channel/stateVersions.ts). */
export type { WriteCondition };

/** The eTag of the version just written, or: the condition failed (another turn wrote first). */
export type { WriteResult };

/** A stored item: its content, that content's JSON text (without the eTag), and its eTag. */
export interface StoredItem {
  state: Record<string, unknown>;
  json: string;
  eTag: string;
}

/**
 * A store of JSON items with conditional writes. `json` is the item's content as JSON, without an
 * eTag: the state that writes it has just serialised it to see whether it changed, so the store
 * does not serialise it again.
 */
export interface ConditionalStorage extends Storage {
  readItem(key: string): Promise<StoredItem | undefined>;
  write(changes: StoreItems): Promise<void>;
  write(key: string, json: string, condition: WriteCondition): Promise<WriteResult>;
}

export function isConditionalStorage(storage: Storage): storage is ConditionalStorage {
  return typeof (storage as Partial<ConditionalStorage>).readItem === 'function';
}

/** A state's content as JSON, without its eTag. */
export function contentJson(state: Record<string, unknown>): string {
  if (!('eTag' in state)) return JSON.stringify(state);
  // A copy without the eTag, made without `delete` (which would slow the copy's serialisation down).
  const { eTag: _eTag, ...content } = state;
  return JSON.stringify(content);
}

/** The item a read hands out: the content parsed from its JSON, with its eTag. */
export function storedItem(json: string, eTag: string): StoredItem {
  const state = JSON.parse(json) as Record<string, unknown>;
  state.eTag = eTag;
  return { state, json, eTag };
}

/**
 * Conditional writes over any botbuilder Storage (tests' stand-ins, botbuilder's MemoryStorage),
 * for which a conflict is told by a failed precondition's HTTP status (412) or by the stored
 * version, never by an error's wording: after another failed write the item is read back, and
 * another eTag there is a conflict. Such a storage cannot create
 * only if absent in one step, so create-only reads first: not atomic, which the turn queue covers
 * in one process; the host's own storages (memoryStorage.ts, blobStorage.ts) do both atomically.
 */
class PlainStorageWrites implements ConditionalStorage {
  constructor(private readonly inner: Storage) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }

  async readItem(key: string): Promise<StoredItem | undefined> {
    const found = (await this.inner.read([key]))[key] as Record<string, unknown> | undefined;
    if (!found) return undefined;
    const eTag = typeof found.eTag === 'string' ? found.eTag : '*';
    return { state: found, json: contentJson(found), eTag };
  }

  write(changes: StoreItems): Promise<void>;
  write(key: string, json: string, condition: WriteCondition): Promise<WriteResult>;
  async write(keyOrChanges: string | StoreItems, json?: string, condition?: WriteCondition): Promise<WriteResult | void> {
    if (typeof keyOrChanges !== 'string') return this.inner.write(keyOrChanges);
    const key = keyOrChanges;
    const state = JSON.parse(json!) as Record<string, unknown>;
    const ifMatch = 'ifMatch' in condition! ? condition.ifMatch : undefined;
    if (ifMatch === undefined && (await this.readItem(key))) return { conflict: true };
    try {
      await this.inner.write({ [key]: { ...state, eTag: ifMatch ?? '*' } });
    } catch (error) {
      const status = (error as { statusCode?: unknown } | null)?.statusCode;
      const stored = status === 412 ? undefined : await this.readItem(key).catch(() => undefined);
      const result = failedPlainWrite(status, stored, json!, ifMatch);
      if (result === 'failed') throw error;
      return result;
    }
    return plainWriteResult(await this.readItem(key), json!);
  }
}

/** The storage with conditional writes: itself when it has them, else over its plain writes. */
export function conditional(storage: Storage): ConditionalStorage {
  return isConditionalStorage(storage) ? storage : new PlainStorageWrites(storage);
}

/** For a storage's write(changes): a failed eTag condition, typed. */
export function conflictError(key: string): StateConflictError {
  return new StateConflictError(`Storage: the state item changed since it was read (${key.length} characters of key)`);
}

/**
 * A state store that lives outside the process (Azure Blob Storage): it is prepared before the
 * bot listens and probed for readiness without reading state. Asked of a storage by its shape,
 * so whoever checks does not load the Azure SDK that the embedded default never needs.
 */
export interface RemoteStateStorage extends Storage {
  /** The store's address without any secret, for start-up messages. */
  readonly endpoint: string;
  /** How the store is reached, for start-up messages: which setting to check. */
  readonly auth: 'connection string' | 'identity';
  /** Creates what the store needs (the container) if it is missing. */
  ensureContainer(abortSignal?: AbortSignal): Promise<void>;
  /** One cheap round trip. */
  ping(abortSignal?: AbortSignal): Promise<void>;
}

export function isRemoteStateStorage(storage: Storage): storage is RemoteStateStorage {
  const s = storage as Partial<RemoteStateStorage>;
  return typeof s.ensureContainer === 'function' && typeof s.ping === 'function' && typeof s.endpoint === 'string';
}
