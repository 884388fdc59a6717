// The ids of the last activities a conversation processed, kept in the conversation state itself
// so they are saved in the same write as the answers: a channel's retry of an activity that
// already took effect (Teams retries after 15 s without a response) is recognised everywhere,
// by every instance, and acknowledged without a second reply.
import { createHash } from 'crypto';

/** The conversation-state property that holds the ids. */
export const PROCESSED_IDS_PROPERTY = 'processedActivityIds';
/** How many ids are kept per conversation (oldest dropped first). */
export const PROCESSED_IDS_KEPT = 50;

/** The form an activity id is kept in: as is when short and plain, else a hash. */
export function activityIdKey(id: unknown): string | undefined {
  if (typeof id !== 'string' || id.length === 0) return undefined;
  if (id.length <= 128 && /^[\x21-\x7e]+$/.test(id)) return id;
  return `sha256:${createHash('sha256').update(id, 'utf8').digest('base64url').slice(0, 32)}`;
}

function idsOf(state: Record<string, unknown>): string[] {
  const value = state[PROCESSED_IDS_PROPERTY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function wasProcessed(state: Record<string, unknown>, key: string): boolean {
  return idsOf(state).includes(key);
}

export function rememberProcessed(state: Record<string, unknown>, key: string): void {
  const ids = idsOf(state).filter((id) => id !== key);
  ids.push(key);
  state[PROCESSED_IDS_PROPERTY] = ids.slice(-PROCESSED_IDS_KEPT);
}
