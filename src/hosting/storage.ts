// The one place that decides where bot state lives.
import { MemoryStorage, Storage } from 'botbuilder';
import { AppConfig } from './config';

export function createStorage(config: AppConfig): Storage {
  switch (config.storage) {
    case 'memory':
      return new MemoryStorage();
    case 'blob': {
      // Loaded only when chosen, so the embedded default does not pay for the Azure SDK.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { BlobsStorage } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
      return new BlobsStorage(config.blobConnectionString, config.blobContainer);
    }
  }
}
