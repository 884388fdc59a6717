// The one place that decides where bot state lives.
import { MemoryStorage, Storage } from 'botbuilder';
import { AppConfig, ConfigError } from '../config';

export function createStorage(config: AppConfig): Storage {
  switch (config.storage) {
    case 'memory':
      return new MemoryStorage();
    case 'blob': {
      // Loaded only when chosen, so the embedded default does not pay for the Azure SDK.
      // BlobStateStorage: BlobsStorage's blobs, written with real eTag conditions (see blobStorage.ts).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { BlobStateStorage } = require('./blobStorage') as typeof import('./blobStorage');
      try {
        return new BlobStateStorage(config.blobConnectionString, config.blobContainer);
      } catch {
        throw new ConfigError('BLOB_CONNECTION_STRING is not a valid Azure Storage connection string.');
      }
    }
  }
}
