// The in-memory state store's budgets (the store itself: hosting/state/memoryStorage.ts): what an
// entry costs as the heap holds it, which entries are kept outside the least-recently-used budget
// (the open items: a partner's GDAP request forgotten to make room for someone's conversation would
// never be followed up), and when a write of one of them is refused rather than forgetting another.

/** What an entry costs beyond its key and text (its record, eTag and map slots). */
export const ENTRY_OVERHEAD_BYTES = 128;

/** Where the open items live (the case store's keys): kept outside the least-recently-used budget. */
export const KEPT_PREFIX = 'cases/';

/** Whether an entry is an open item's: never forgotten for idleness, count or bytes. */
export const isKeptKey = (key: string): boolean => key.startsWith(KEPT_PREFIX);

/** An entry's bytes as the heap holds it: key and text at two bytes a character, and the record around them. */
export function entryCost(key: string, text: string): number {
  return 2 * (key.length + text.length) + ENTRY_OVERHEAD_BYTES;
}

/** Whether writing an open item (replacing its `was` text, if any) would take the open items beyond the bytes they may hold together. */
export function keptItemsOverBudget(keptBytes: number, key: string, text: string, was: string | undefined, maxBytes: number): boolean {
  return keptBytes - (was !== undefined ? entryCost(key, was) : 0) + entryCost(key, text) > maxBytes;
}
