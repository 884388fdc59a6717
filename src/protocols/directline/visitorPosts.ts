// What the local Direct Line refuses of a visitor's post, in this order: a body that is no object,
// an activity a client may not send (protocols/http/directLineActivity.ts), a conversation with as
// many turns waiting for the bot as it may have, then what the conversation's store says of the
// post (too large, too much within the window). And what the store's answer to the bot's update of
// a card means. The first that applies is the answer (protocols/http/directLineAnswers.ts words it).
import { isRecord } from '../../domain/records';
import type { DirectLineRefusal } from '../http/directLineAnswers';
import { fromClient } from '../http/directLineActivity';
import type { JsonObject, Posted } from './conversations';
import { MAX_PENDING_TURNS } from './localDirectLineRules';

/** Whether a conversation takes one more turn for the bot: fewer than MAX_PENDING_TURNS waiting. */
export function takesTurn(pending: number): boolean {
  return pending < MAX_PENDING_TURNS;
}

/** A visitor's post before the store: the activity as the bot may see it, or the refusal. */
export function visitorPost(body: unknown, pending: number): { ok: true; activity: JsonObject } | { ok: false; refusal: DirectLineRefusal } {
  if (!isRecord(body)) return { ok: false, refusal: { kind: 'notActivity' } };
  const activity = fromClient(body);
  if (typeof activity === 'string') return { ok: false, refusal: { kind: 'badActivity', problem: activity } };
  if (!takesTurn(pending)) return { ok: false, refusal: { kind: 'botBusy' } };
  return { ok: true, activity };
}

/** The store's refusal of a post, as the client is answered. */
export function postRefusal(posted: Exclude<Posted, { ok: true }>): DirectLineRefusal {
  return posted.status === 413 ? { kind: 'postTooLarge' } : { kind: 'postTooMuch', retryAfterSeconds: posted.retryAfterSeconds };
}

/** The store's refusal of the bot's update of a card, as the bot is answered. */
export function updateRefusal(updated: 'not-found' | 'too-large'): DirectLineRefusal {
  return updated === 'too-large' ? { kind: 'replyTooLarge' } : { kind: 'noSuchActivity' };
}
