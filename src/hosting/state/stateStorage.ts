// What the host asks of a state store beyond botbuilder's Storage.
import { Storage } from 'botbuilder';

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
