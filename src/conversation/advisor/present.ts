// What a turn's result becomes on its channel: the card that answers a click in place, the new
// messages, the earlier card that turns into a receipt, and the message that holds the case's
// live card afterwards. Pure, like the flow, so every channel's behaviour is tested from tables;
// the dialog host only sends what this says.
import { canUpdateMessages, hasFeedbackLoop } from '../cards/channelFeatures';
import { currentView, FlowContext, FlowResult, Reply } from './flow';
import { QuestionId } from '../../domain/questions';

/** How the turn reached the bot, as far as presenting it goes. */
export interface Delivery {
  /** The surface (Microsoft 365 Copilot is a surface of its own, though Teams' channel). */
  channelId: string | undefined;
  /** A Universal Actions click, answered in place: the message the card is in, and whether it is a case card (its data has the step token). */
  click?: { cardId?: string; onCaseCard: boolean };
  /** An Action.Submit click (a card sent before Universal Actions): the message it came from, where the channel says. */
  submit?: { messageId?: string };
  /** The message holding the case's live card, as the state knows it. */
  liveCardId?: string;
  /** Where a viewer can start a case of their own (the read-only view's link), if anywhere. */
  ownCaseUrl?: string;
}

/** A question and the option given: the card a question turns into once answered. */
export interface Receipt {
  question: QuestionId;
  option: string;
}

/** Where the case's live card is after the turn. */
export type LiveCard =
  | { kind: 'unchanged' }
  /** The clicked message, updated in place. */
  | { kind: 'clicked'; id: string }
  /** A new message, by its index in `messages`: its id is known once it is delivered. */
  | { kind: 'sent'; index: number };

export interface Presentation {
  /** What the invoke's answer carries, for a click answered in place. */
  inPlace?: { reply: Reply } | { receipt: Receipt };
  /** An earlier message to turn into its question's receipt. */
  receipt?: { messageId: string } & Receipt;
  /** The new messages, in order. */
  messages: Reply[];
  liveCard: LiveCard;
  /** Indexes in `messages` of verdicts whose ids are kept for feedback. */
  verdicts: number[];
  /** The case's asker: their view is the one a card refreshes to where cards are per viewer. */
  askerId?: string;
}

/** Replies that show the case itself: the one card of a case that evolves in place. */
const CASE_REPLIES: ReadonlySet<Reply['kind']> = new Set<Reply['kind']>(['question', 'result', 'change', 'closed', 'resultStanding']);
/** Replies that are plain text, not cards. */
const TEXT_REPLIES: ReadonlySet<Reply['kind']> = new Set<Reply['kind']>(['summaryText', 'languageChanged', 'hello', 'aboutResult', 'resultKept']);

export function present(result: FlowResult, delivery: Delivery, ctx: FlowContext): Presentation {
  const channelId = delivery.channelId;
  let messages = result.replies.map((reply) => withLink(reply, delivery.ownCaseUrl));
  let inPlace: Presentation['inPlace'];
  let receipt: Presentation['receipt'];
  let liveCard: LiveCard = { kind: 'unchanged' };

  if (delivery.click) {
    // A click on a case card turns it into the turn's last card (the next step, in place); a
    // click on another card (greeting, help, language picker) into the turn's first card. With
    // no card among the replies (a text summary), the case as it stands.
    const isCard = (r: Reply): boolean => !TEXT_REPLIES.has(r.kind);
    const at = delivery.click.onCaseCard ? lastIndexWhere(messages, isCard) : messages.findIndex(isCard);
    const shown = at >= 0 ? messages[at]! : withLink(currentView(result.state, ctx), delivery.ownCaseUrl);
    if (at >= 0 && shown.kind === 'result' && result.answered && hasFeedbackLoop(channelId)) {
      // The verdict comes as a message of its own where the host shows sources and feedback
      // buttons (only a message carries them); the clicked question becomes its receipt.
      inPlace = { receipt: result.answered };
    } else {
      if (at >= 0) messages = messages.filter((_, i) => i !== at);
      inPlace = { reply: shown };
      if (delivery.click.cardId && CASE_REPLIES.has(shown.kind)) liveCard = { kind: 'clicked', id: delivery.click.cardId };
    }
  } else if (result.answered && canUpdateMessages(channelId)) {
    // A typed answer (or an Action.Submit click): the answered card becomes a receipt.
    const messageId = delivery.submit ? delivery.submit.messageId : delivery.liveCardId;
    if (messageId) receipt = { messageId, ...result.answered };
  }

  // A new case card becomes the live one where cards can be updated (elsewhere its id is not kept:
  // keeping it makes the turn deliver before its write, so that the id rides on it).
  if (canUpdateMessages(channelId)) {
    const last = lastIndexWhere(messages, (r) => CASE_REPLIES.has(r.kind));
    if (last >= 0) liveCard = { kind: 'sent', index: last };
  }
  const verdicts = hasFeedbackLoop(channelId) ? messages.flatMap((r, i) => (r.kind === 'result' ? [i] : [])) : [];
  const presentation: Presentation = { messages, liveCard, verdicts };
  if (inPlace) presentation.inPlace = inPlace;
  if (receipt) presentation.receipt = receipt;
  if (result.state.asker?.id) presentation.askerId = result.state.asker.id;
  return presentation;
}

/** The read-only view's link to a case of the viewer's own, where the host has one. */
export function withLink(reply: Reply, ownCaseUrl: string | undefined): Reply {
  return reply.kind === 'caseView' && ownCaseUrl ? { ...reply, ownCaseUrl } : reply;
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i]!)) return i;
  return -1;
}
