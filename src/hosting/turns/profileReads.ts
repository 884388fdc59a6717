// The two state reads before a turn: the conversation's, and the user's profile (the language they
// chose, turnLocale.ts). Most users never choose one, so on Blob state the profile read was a 404
// on every turn. A conversation remembers which of its users had no profile (in its own state,
// written only with a write the turn makes anyway), and their turns skip the read: the profile is
// taken as absent, so a profile written now is a create-only write, and if another conversation
// wrote one meanwhile that write fails and the turn runs again, reading it. A choice made in
// another conversation of the same user is seen here once the memo is older than RECHECK_MS.
import { TurnContext } from 'botbuilder';
import { OptimisticConversationState, OptimisticUserState } from '../state/optimisticState';
import { hash } from 'crypto';

/** The conversation-state property: when the users were checked, and their keys' digests. */
export const NO_PROFILE_PROPERTY = 'usersWithoutProfile';
/** How long a conversation trusts its memo before it reads a user's profile again. */
export const RECHECK_MS = 10 * 60_000;
const KEY_CHARS = 12;
const keyDigest = (userKey: string): string => hash('sha256', userKey, 'base64url').slice(0, KEY_CHARS);
/** Users remembered per conversation (a group chat has more: the others are read as before). */
const KEPT = 20;
/** Conversations whose memo this process last saw holding their user: their conversation is read first. */
const HINTS_KEPT = 10_000;

interface NoProfile {
  at: number;
  keys: string;
}

function memoOf(conversation: Record<string, unknown>, now: number): NoProfile | undefined {
  const value = conversation[NO_PROFILE_PROPERTY] as Partial<NoProfile> | undefined;
  if (!value || typeof value.at !== 'number' || typeof value.keys !== 'string') return undefined;
  return now - value.at < RECHECK_MS && now >= value.at ? (value as NoProfile) : undefined;
}

function hasKey(keys: string, key: string): boolean {
  for (let at = keys.indexOf(key); at !== -1; at = keys.indexOf(key, at + 1)) if (at % KEY_CHARS === 0) return true;
  return false;
}

export class ProfileReads {
  /** A hint only (which read to start with), never trusted for what the turn sees. */
  private readonly hints = new Set<string>();

  constructor(
    private readonly conversationState: OptimisticConversationState,
    private readonly userState: OptimisticUserState,
    /** Off for state in memory, where a read costs nothing and the memo would only take room. */
    private readonly remember: boolean,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The conversation's state, with the user's profile read alongside it (one round trip), or not
   * at all where the conversation knows the user has none. A retried attempt always reads it.
   */
  async load(context: TurnContext, attempt: number): Promise<Record<string, unknown>> {
    const { conversationState, userState } = this;
    const userKey = userState.getStorageKey(context);
    // Without a user key (no sender) the locale's own read refuses the turn as before.
    if (!userKey) return conversationState.load(context);
    const conversationKey = conversationState.getStorageKey(context) ?? '';
    if (this.remember && attempt === 1 && this.hints.has(conversationKey)) {
      const conversation = await conversationState.load(context);
      const memo = memoOf(conversation, this.now());
      if (memo && hasKey(memo.keys, keyDigest(userKey))) userState.assumeAbsent(context);
      else await userState.load(context);
      return conversation;
    }
    const [conversation] = await Promise.all([conversationState.load(context), userState.load(context)]);
    return conversation;
  }

  /** Before the conversation's write: keeps the memo right (the user has a profile now, or none was found). */
  note(context: TurnContext, conversation: Record<string, unknown>): void {
    if (!this.remember) return;
    const userKey = this.userState.getStorageKey(context);
    const conversationKey = this.conversationState.getStorageKey(context);
    if (!userKey || !conversationKey) return;
    const key = keyDigest(userKey);
    const now = this.now();
    const memo = memoOf(conversation, now);
    // Not read this turn: nothing learnt.
    if (this.userState.get(context) === undefined) return;
    if (this.userState.isChanged(context) || !this.userState.foundAbsent(context)) {
      if (memo && hasKey(memo.keys, key)) {
        let keys = '';
        for (let at = 0; at < memo.keys.length; at += KEY_CHARS) if (memo.keys.slice(at, at + KEY_CHARS) !== key) keys += memo.keys.slice(at, at + KEY_CHARS);
        conversation[NO_PROFILE_PROPERTY] = { at: memo.at, keys };
      }
      this.hints.delete(conversationKey);
      return;
    }
    if (!memo) conversation[NO_PROFILE_PROPERTY] = { at: now, keys: key };
    else if (!hasKey(memo.keys, key) && memo.keys.length < KEPT * KEY_CHARS) conversation[NO_PROFILE_PROPERTY] = { at: memo.at, keys: memo.keys + key };
    if (this.hints.size >= HINTS_KEPT) this.hints.delete(this.hints.values().next().value!);
    this.hints.add(conversationKey);
  }
}
