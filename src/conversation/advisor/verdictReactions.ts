// Which decision-table row each recent verdict message showed, by the id the channel gave it:
// feedback on a message names only its id, and the reaction is counted per row. Kept with the
// advisor's store, a few per conversation (feedback is given on recent answers), each with who
// reacted how, so a reaction counts once per person and message however often it is sent, and a
// changed mind replaces the earlier reaction instead of adding to it.
import { hash } from 'crypto';
import { OutcomeRow } from '../../domain/outcomes';
import { isRecord } from '../../domain/records';
import type { Reply } from './flow';

export type Reaction = 'like' | 'dislike';

export interface VerdictMessage {
  id: string;
  row: OutcomeRow;
  /** Each reacting person's reaction, under a short digest of their id (never the id itself). */
  reactions?: Record<string, Reaction>;
}

/** Verdict messages a conversation keeps: feedback is given on recent answers. */
export const VERDICTS_KEPT = 10;
/** People whose reaction a verdict keeps: a Teams group chat holds up to 250. Later ones are not counted. */
export const REACTIONS_KEPT = 250;

/** The kept verdicts once the message `id` (showing `row`) is delivered: it replaces any earlier entry of that id, the oldest go. */
export function withVerdict(kept: unknown, id: string, row: OutcomeRow): VerdictMessage[] {
  const earlier = Array.isArray(kept) ? (kept as unknown[]).filter((v): v is VerdictMessage => isRecord(v) && v.id !== id) : [];
  return [...earlier, { id, row }].slice(-VERDICTS_KEPT);
}

function verdictOf(store: { verdicts?: unknown } | undefined, id: string): VerdictMessage | undefined {
  const kept = store && Array.isArray(store.verdicts) ? (store.verdicts as unknown[]) : [];
  return kept.find((v): v is VerdictMessage => isRecord(v) && v.id === id && typeof v.row === 'string');
}

/** What a reaction changes in the counts: nothing (and why, for a debug line), or one more, maybe replacing the person's earlier one. */
export type ReactionCount = { counted: false; reason: string } | { counted: true; row: OutcomeRow; reaction: Reaction; replaces?: Reaction };

/** The form a person is kept in: a short digest of their channel id (72 bits, as processed activity ids). */
function personKey(userId: string): string {
  return hash('sha256', userId, 'base64url').slice(0, 12);
}

/**
 * Takes `userId`'s reaction to the verdict message `messageId` into the store (the verdict's
 * reactions are replaced, the store is the conversation's own): counted only on a verdict the bot
 * sent here, once per person; the same reaction again counts nothing, a different one replaces theirs.
 */
export function react(store: { verdicts?: unknown } | undefined, messageId: string, userId: string, reaction: Reaction): ReactionCount {
  const verdict = verdictOf(store, messageId);
  if (!verdict) return { counted: false, reason: 'not one of the verdict messages this conversation keeps' };
  const reactions: Record<string, Reaction> = isRecord(verdict.reactions) ? (verdict.reactions as Record<string, Reaction>) : {};
  const key = personKey(userId);
  const before = Object.prototype.hasOwnProperty.call(reactions, key) ? reactions[key] : undefined;
  if (before === reaction) return { counted: false, reason: 'this person already gave this reaction to this verdict' };
  if (before === undefined && Object.keys(reactions).length >= REACTIONS_KEPT) return { counted: false, reason: 'the verdict keeps no more reactions' };
  verdict.reactions = { ...reactions, [key]: reaction };
  return before === 'like' || before === 'dislike'
    ? { counted: true, row: verdict.row, reaction, replaces: before }
    : { counted: true, row: verdict.row, reaction };
}

/**
 * Adds to `onDelivered` (one per reply, in order, each maybe a callback already) the keeping of
 * each verdict's message id once the channel delivered it (its id is known only then), with the row
 * it showed: `verdicts` are the replies' indexes; a reply that is no result keeps nothing.
 */
export function rememberVerdicts(
  store: { verdicts?: VerdictMessage[] },
  verdicts: readonly number[],
  replies: readonly Reply[],
  onDelivered: (((id: string) => void) | undefined)[],
): void {
  for (const i of verdicts) {
    const reply = replies[i];
    if (reply?.kind !== 'result') continue;
    const earlier = onDelivered[i];
    onDelivered[i] = (id) => {
      earlier?.(id);
      store.verdicts = withVerdict(store.verdicts, id, reply.outcome.row);
    };
  }
}

/**
 * The message and person a reaction is looked up by, or why it is not: the channel shows no
 * feedback buttons, the reaction names no message, or its sender has no usable id.
 */
export function reactionToLookUp(
  feedbackButtons: boolean,
  replyToId: string | undefined,
  userId: string | undefined,
): { messageId: string; userId: string } | Extract<ReactionCount, { counted: false }> {
  if (!feedbackButtons) return { counted: false, reason: 'this channel shows no feedback buttons' };
  if (!replyToId) return { counted: false, reason: 'no message named' };
  if (!userId) return { counted: false, reason: 'the sender has no usable id' };
  return { messageId: replyToId, userId };
}
