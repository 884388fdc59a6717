// Thumbs up or down on a verdict, with an optional comment (Teams and Microsoft 365 Copilot): the
// channel sends a `message/submitAction` invoke named `feedback` and expects an empty 200 (any
// body shows the user an error). Only the reaction is kept, counted per outcome row and locale;
// the comment is the user's own text and is never read further than whether there is one.
import type { JSONSchemaType } from 'ajv';
import { schemaCheck } from '../../domain/schemaCheck';
import type { Reaction } from '../advisor/verdictReactions';
import type { ChannelActivity } from './channelActivity';

/** An invoke's answer: the status, and a body when there is one. */
export interface InvokeAnswer {
  status: number;
  body?: unknown;
}

/** The value of a feedback invoke on a verdict: a like or a dislike (checked by ajv, compiled at its first use). */
interface FeedbackValue {
  actionName: 'feedback';
  actionValue: { reaction: 'like' | 'dislike' };
}

const feedbackValue: JSONSchemaType<FeedbackValue> = {
  type: 'object',
  required: ['actionName', 'actionValue'],
  properties: {
    actionName: { type: 'string', const: 'feedback' },
    actionValue: { type: 'object', required: ['reaction'], properties: { reaction: { type: 'string', enum: ['like', 'dislike'] } } },
  },
};

export const isFeedbackValue = schemaCheck(feedbackValue);

export interface FeedbackSubmission {
  reaction: Reaction;
  /** The message the feedback is about (the verdict). */
  replyToId?: string;
}

/** The reaction of a feedback invoke, or undefined when the payload is not one. */
export function readFeedback(activity: ChannelActivity): FeedbackSubmission | undefined {
  const value: unknown = activity.value;
  if (!isFeedbackValue(value)) return undefined;
  const reaction = value.actionValue.reaction;
  return { reaction, ...(typeof activity.replyToId === 'string' && activity.replyToId.length > 0 ? { replyToId: activity.replyToId } : {}) };
}

/**
 * Accepted: an empty 200, as Teams and Copilot require, counted or not (a reaction on an older
 * verdict is a real person's, and any other answer shows them an error).
 */
export const FEEDBACK_ACCEPTED: InvokeAnswer = { status: 200 };
/** Not a feedback payload: refused with a reason the channel can log (no user-facing message). */
export const FEEDBACK_REFUSED: InvokeAnswer = {
  status: 400,
  body: { code: 'BadRequest', message: 'Not a feedback submission: actionName "feedback" with a reaction "like" or "dislike" is expected.' },
};
