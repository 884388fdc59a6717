// reader.js, the side panel's second file: the free-text reader, put in the slot the page's
// bundle reads it from (readerSlot.ts).
import { understand } from '../domain/understanding';
import { READER_SLOT } from './readerSlot';

(globalThis as Record<string, unknown>)[READER_SLOT] = understand;
