// The one place that decides where bot state lives.
import { Storage } from 'botbuilder';
import { AppConfig, ConfigError } from '../../config';
import { defaultStorageCredential, TokenCredential } from './identity';
import { InMemoryStateStorage } from './memoryStorage';

/** `credential` replaces DefaultAzureCredential for an account URL (tests, other hosts). */
export function createStorage(config: AppConfig, options: { credential?: TokenCredential } = {}): Storage {
  switch (config.storage) {
    case 'memory':
      return new InMemoryStateStorage(new Map(), {
        maxEntries: config.memoryState.maxEntries,
        idleMs: config.memoryState.idleMinutes * 60_000,
        maxBytes: config.memoryState.maxBytes,
        maxEntryBytes: config.stateMaxEntryBytes,
      });
    case 'blob': {
      // Loaded only when chosen, so the embedded default does not pay for the Azure SDK.
      // BlobStateStorage: BlobsStorage's blobs, written with real eTag conditions (see blobStorage.ts).
      const { BlobStateStorage } = require('./blobStorage') as typeof import('./blobStorage');
      const limits = { requestTimeoutMs: config.blobRequestTimeoutMs, maxEntryBytes: config.stateMaxEntryBytes };
      if (config.blobAccountUrl) {
        const credential = options.credential ?? defaultStorageCredential(config.azureClientId);
        return new BlobStateStorage({ accountUrl: config.blobAccountUrl, credential }, config.blobContainer, limits);
      }
      try {
        return new BlobStateStorage(config.blobConnectionString, config.blobContainer, limits);
      } catch {
        throw new ConfigError('BLOB_CONNECTION_STRING is not a valid Azure Storage connection string.');
      }
    }
  }
}
