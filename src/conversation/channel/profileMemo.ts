// Which users of a conversation are known to have no profile (the language they chose), so their
// turns may skip the profile's read: the memo's rules, as the turn's state reader
// (hosting/turns/profileReads.ts) follows them. The memo lives in the conversation's own state,
// written only with a write the turn makes anyway; it holds short digests of the users' storage
// keys, never the keys, and is trusted for RECHECK_MS only, so a language chosen in another
// conversation of the same user is seen here within that time.
import { hash } from 'crypto';

/** The conversation-state property: when the users were checked, and their keys' digests. */
export const NO_PROFILE_PROPERTY = 'usersWithoutProfile';
/** How long a conversation trusts its memo before it reads a user's profile again. */
export const RECHECK_MS = 10 * 60_000;
/** Characters of a key's digest: enough that two users of one chat never share one. */
export const KEY_CHARS = 12;
/** Users remembered per conversation (a group chat has more: the others are read as before). */
export const KEPT = 20;

export interface NoProfileMemo {
  at: number;
  /** The users' digests, KEY_CHARS each, one after the other. */
  keys: string;
}

/** What a turn learnt of its user's profile: it has one (read, or written this turn), or none was found. */
export type ProfileFound = 'profile' | 'none';

export const keyDigest = (userKey: string): string => hash('sha256', userKey, 'base64url').slice(0, KEY_CHARS);

/** The conversation's memo while it may be trusted: well formed, not older than RECHECK_MS, not from the future. */
export function memoOf(conversation: Record<string, unknown>, now: number): NoProfileMemo | undefined {
  const value = conversation[NO_PROFILE_PROPERTY] as Partial<NoProfileMemo> | undefined;
  if (!value || typeof value !== 'object' || typeof value.at !== 'number' || typeof value.keys !== 'string') return undefined;
  return now - value.at < RECHECK_MS && now >= value.at ? { at: value.at, keys: value.keys } : undefined;
}

/** Whether the memo holds this digest: at a digest's boundary only, never across two. */
function holds(keys: string, key: string): boolean {
  for (let at = keys.indexOf(key); at !== -1; at = keys.indexOf(key, at + 1)) if (at % KEY_CHARS === 0) return true;
  return false;
}

/** Whether the turn may take the user's profile as absent without reading it. */
export function knownWithoutProfile(conversation: Record<string, unknown>, userKey: string, now: number): boolean {
  const memo = memoOf(conversation, now);
  return memo !== undefined && holds(memo.keys, keyDigest(userKey));
}

/**
 * The memo after a turn that read (or wrote) its user's profile: the user taken out once they have
 * one, added (up to KEPT, keeping the memo's age) when none was found; a stale memo starts again.
 * Undefined when the memo stays as it is.
 */
export function memoAfter(conversation: Record<string, unknown>, userKey: string, now: number, found: ProfileFound): NoProfileMemo | undefined {
  const key = keyDigest(userKey);
  const memo = memoOf(conversation, now);
  if (found === 'profile') {
    if (!memo || !holds(memo.keys, key)) return undefined;
    let keys = '';
    for (let at = 0; at < memo.keys.length; at += KEY_CHARS) if (memo.keys.slice(at, at + KEY_CHARS) !== key) keys += memo.keys.slice(at, at + KEY_CHARS);
    return { at: memo.at, keys };
  }
  if (!memo) return { at: now, keys: key };
  if (holds(memo.keys, key) || memo.keys.length >= KEPT * KEY_CHARS) return undefined;
  return { at: memo.at, keys: memo.keys + key };
}
