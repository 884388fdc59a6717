// The side panel's page gets the free-text reader (src/domain/understanding and its lexicons of
// every language, about two fifths of the page) in a file of its own, reader.js, fetched once the
// first card is up: a first card needs no reader. In the page's bundle this module stands in for
// the reader's index (scripts/lib/panelBundle.ts); reader.js puts the reader in its slot. A turn
// that needs it before then stops with ReaderNotLoaded and is run again once it is in, as a turn
// into a language whose texts are not here yet is: the flow is a pure function of the state.
import type { Understanding } from '../domain/understanding/result';

export type { Understanding };

/** The name reader.js sets the reader under on the page's global object. */
export const READER_SLOT = 'multiChannelAdvisorReader';

type Reader = (text: string) => Understanding;

/** Thrown while the reader's file is not in: the engine answers ReaderNeeded, the page loads it. */
export class ReaderNotLoaded extends Error {
  constructor() {
    super('the free-text reader is not loaded yet');
  }
}

let unavailable = false;

function reader(): Reader | undefined {
  const slot = (globalThis as Record<string, unknown>)[READER_SLOT];
  return typeof slot === 'function' ? (slot as Reader) : undefined;
}

/** Whether the reader is in (or known not to come). */
export function readerSettled(): boolean {
  return unavailable || reader() !== undefined;
}

/** The reader's file could not be had: typed text then states nothing and the cards ask. */
export function readerUnavailable(): void {
  unavailable = true;
}

/** The reader's own understand once it is in; nothing stated when it cannot come. */
export function understand(text: string): Understanding {
  const read = reader();
  if (read) return read(text);
  if (unavailable) return { answers: {}, conflicts: [], evidence: {}, negated: [] };
  throw new ReaderNotLoaded();
}
