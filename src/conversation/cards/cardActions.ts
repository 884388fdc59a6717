// Universal Actions: what an `adaptiveCard/action` invoke asks for, and the answers it takes. A
// click is answered with the updated card for the clicked message; anything wrong with a
// Universal Actions error (a status, `application/vnd.microsoft.error` and a message in the
// user's language), never an empty card. Pure: the host reads the activity and sends the answer.
import { Catalog } from '../../domain/textCatalog';
import { isRecord } from '../../domain/records';
import { ADAPTIVE_CARD_CONTENT_TYPE, AdaptiveCard } from './cards';
import { REFRESH_VERB } from './channelFeatures';

/** The invoke Teams sends for an Action.Execute (a click, or a refresh of the card). */
export const CARD_ACTION_INVOKE = 'adaptiveCard/action';

export const ERROR_CONTENT_TYPE = 'application/vnd.microsoft.error';
export const MESSAGE_CONTENT_TYPE = 'application/vnd.microsoft.activity.message';

export type CardAction =
  /** A button: its data, with the card's input values merged in by the client (as Action.Submit's). */
  | { kind: 'click'; data: unknown }
  /** The card asked for again without a click: the refresh verb, or a refresh Teams started by itself. */
  | { kind: 'view' }
  /** Not an Action.Execute at all. */
  | { kind: 'invalid' };

/** Reads an invoke's value (untrusted: any shape may arrive). */
export function readCardAction(value: unknown): CardAction {
  if (!isRecord(value) || !isRecord(value.action) || value.action.type !== 'Action.Execute') return { kind: 'invalid' };
  if (value.trigger === 'automatic' || value.action.verb === REFRESH_VERB) return { kind: 'view' };
  return { kind: 'click', data: value.action.data };
}

/**
 * How a click is answered, whichever feature's button it was: the card that replaces the clicked
 * one (Teams), a short line while the next card comes as a message, or a Universal Actions answer
 * of its own (a loginRequest, a precondition failure) whose body goes out as it is.
 */
export type ClickAnswer = { kind: 'card'; card: AdaptiveCard } | { kind: 'message'; text: string } | { kind: 'invokeBody'; body: Record<string, unknown> };

/** The body of an invoke's answer (botbuilder's AdaptiveCardInvokeResponse has this shape). */
export interface CardActionResponse {
  statusCode: number;
  type: string;
  value: AdaptiveCard | { code: string; message: string };
}

/** The card that replaces the clicked one. */
export function cardResponse(card: AdaptiveCard): CardActionResponse {
  return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card };
}

/**
 * A short line instead of a card: the clicked card stays as it is (the message form of a Universal
 * Action's answer carries a string; the SDK's type allows only a card).
 */
export function messageResponse(text: string): { statusCode: number; type: string; value: string } {
  return { statusCode: 200, type: MESSAGE_CONTENT_TYPE, value: text };
}

/**
 * A Universal Actions error in the user's language: `unknown` for an action that is not ours to
 * take (400), `failed` when handling it failed on our side (500), either way with the answers as
 * they were, as the message says; `forbidden` for a click from an organization the advisor is not
 * available to (403).
 */
export function cardActionError(c: Catalog, problem: 'unknown' | 'failed' | 'forbidden'): CardActionResponse {
  switch (problem) {
    case 'unknown':
      return { statusCode: 400, type: ERROR_CONTENT_TYPE, value: { code: 'BadRequest', message: c.messages.unknownAction } };
    case 'failed':
      return { statusCode: 500, type: ERROR_CONTENT_TYPE, value: { code: 'InternalError', message: c.messages.actionError } };
    case 'forbidden':
      return { statusCode: 403, type: ERROR_CONTENT_TYPE, value: { code: 'Forbidden', message: c.messages.tenantNotAllowed } };
  }
}
