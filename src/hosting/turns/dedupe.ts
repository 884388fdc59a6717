// The ids of the last activities a conversation processed, kept in the conversation state itself
// so they are saved in the same write as the answers: a channel's retry of an activity that
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
  // The one-shot digest: the same bytes as createHash's, without a Hash object per turn.
  return hash('sha256', id, 'base64url').slice(0, KEY_CHARS);
}

function idsOf(state: Record<string, unknown>): string[] {
  const value = state[PROCESSED_IDS_PROPERTY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function wasProcessed(state: Record<string, unknown>, key: string): boolean {
  // Read in place on every turn: no copy of the list (only a string can equal the key).
  const value = state[PROCESSED_IDS_PROPERTY];
  return Array.isArray(value) && value.includes(key);
}

export function rememberProcessed(state: Record<string, unknown>, key: string): void {
  const ids = idsOf(state).filter((id) => id !== key);
  ids.push(key);
  state[PROCESSED_IDS_PROPERTY] = ids.slice(-PROCESSED_IDS_KEPT);
}
