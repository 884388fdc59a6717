// The answer to a click, one type for every feature: the card that replaces the clicked one, a
// short line while the next card comes as a message, or a Universal Actions body of its own.
import type { InvokeResponse } from 'botbuilder';
import { CardActionResponse, ClickAnswer, cardResponse, messageResponse } from '../../conversation/cards/cardActions';

/** A Universal Actions answer: the body's status is the HTTP response's too. */
export function invokeAnswer(body: CardActionResponse): InvokeResponse<CardActionResponse> {
  return { status: body.statusCode, body };
}

/** A click's answer as the invoke's HTTP response: the next card in place of the clicked one, or a short line while the next card comes as a message. */
export function clickAnswer(answered: ClickAnswer): InvokeResponse {
  if (answered.kind === 'card') return invokeAnswer(cardResponse(answered.card));
  if (answered.kind === 'invokeBody') return { status: 200, body: answered.body };
  return { status: 200, body: messageResponse(answered.text) };
}
