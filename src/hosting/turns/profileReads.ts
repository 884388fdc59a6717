// The two state reads before a turn: the conversation's, and the user's profile (the language they
// chose, turnLocale.ts). Most users never choose one, so on Blob state the profile read was a 404
// on every turn. A conversation remembers which of its users had no profile (in its own state,
// written only with a write the turn makes anyway), and their turns skip the read: the profile is
// taken as absent, so a profile written now is a create-only write, and if another conversation
// wrote one meanwhile that write fails and the turn runs again, reading it. A choice made in
// another conversation of the same user is seen here once the memo is older than RECHECK_MS. The
// memo's rules are pure (conversation/channel/profileMemo.ts): this file reads, writes and keeps
// the process's hints of which conversation to read first.
import { TurnContext } from 'botbuilder';
import { OptimisticConversationState, OptimisticUserState } from '../state/optimisticState';
import { knownWithoutProfile, memoAfter, NO_PROFILE_PROPERTY } from '../../conversation/channel/profileMemo';

/** Conversations whose memo this process last saw holding their user: their conversation is read first. */
const HINTS_KEPT = 10_000;

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
      if (knownWithoutProfile(conversation, userKey, this.now())) userState.assumeAbsent(context);
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
    // Not read this turn: nothing learnt.
    if (this.userState.get(context) === undefined) return;
    const found = this.userState.isChanged(context) || !this.userState.foundAbsent(context) ? 'profile' : 'none';
    const memo = memoAfter(conversation, userKey, this.now(), found);
    if (memo) conversation[NO_PROFILE_PROPERTY] = memo;
    if (found === 'profile') {
      this.hints.delete(conversationKey);
      return;
    }
    if (this.hints.size >= HINTS_KEPT) this.hints.delete(this.hints.values().next().value!);
    this.hints.add(conversationKey);
  }
}
