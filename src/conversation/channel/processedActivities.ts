// The ids of the last activities a conversation processed, kept in the conversation state itself
// (the turn runner, hosting/turns/reliableTurns.ts, asks here) so they are saved in the same write
// as the answers: a channel's retry of an activity that
// already took effect (Teams retries after 15 s without a response) is recognised everywhere,
// by every instance, and acknowledged without a second reply.
import { hash } from 'crypto';

/** The conversation-state property that holds the ids. */
export const PROCESSED_IDS_PROPERTY = 'processedActivityIds';
/** How many ids are kept per conversation (oldest dropped first). */
export const PROCESSED_IDS_KEPT = 50;

/**
 * Characters of an id's SHA-256 digest that are kept (72 bits). Channel ids are long (a Direct
 * Line id repeats the conversation id: about 35 characters), and 50 of them as they are would be
 * most of a conversation's state; a digest this long keeps two different ids of one
 * conversation apart (the chance that a new id meets one of 50 kept is about 1 in 10^20).
 */
const KEY_CHARS = 12;

/** The form an activity id is kept in: a short digest of it, whatever its length. */
export function activityIdKey(id: unknown): string | undefined {
  if (typeof id !== 'string' || id.length === 0) return undefined;
  return hash('sha256', id, 'base64url').slice(0, KEY_CHARS);
}

/**
 * The kept keys, oldest first, as one string of KEY_CHARS-long keys: one string to read and write
 * with the state on every turn, where a list was fifty. A list (the form stored before) is read too.
 */
function keysOf(state: Record<string, unknown>): string {
  const value = state[PROCESSED_IDS_PROPERTY];
  if (typeof value === 'string') return value.length % KEY_CHARS === 0 ? value : '';
  if (!Array.isArray(value)) return '';
  return value.filter((v): v is string => typeof v === 'string' && v.length === KEY_CHARS).join('');
}

/** Where `key` stands among the kept keys (on a key's boundary), or -1. */
function indexOfKey(keys: string, key: string): number {
  for (let at = keys.indexOf(key); at !== -1; at = keys.indexOf(key, at + 1)) {
    if (at % KEY_CHARS === 0) return at;
  }
  return -1;
}

export function wasProcessed(state: Record<string, unknown>, key: string): boolean {
  const value = state[PROCESSED_IDS_PROPERTY];
  // Read in place on every turn: no copy of the keys.
  if (typeof value === 'string') return indexOfKey(value, key) !== -1;
  return Array.isArray(value) && value.includes(key);
}

export function rememberProcessed(state: Record<string, unknown>, key: string): void {
  let keys = keysOf(state);
  const at = indexOfKey(keys, key);
  if (at !== -1) keys = keys.slice(0, at) + keys.slice(at + KEY_CHARS);
  keys += key;
  state[PROCESSED_IDS_PROPERTY] = keys.length > PROCESSED_IDS_KEPT * KEY_CHARS ? keys.slice(keys.length - PROCESSED_IDS_KEPT * KEY_CHARS) : keys;
}
