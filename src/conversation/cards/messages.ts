// What a view or a reply becomes on the wire: a message (a card with its plain-text summary, or
// plain text) in the turn's language and in its channel's form, built once per reply, language
// and channel form and then reused, as the asker's view where cards are shown per viewer (Teams'
// refresh names the asker); or the card alone, for an invoke's answer. Plain objects in the shape
// the SDK's MessageFactory builds (test/conversation/messages.test.ts holds them equal), which the
// shell sends as they are (hosting/replies/).
import { catalogFor } from '../../domain/textCatalog';
import { LocaleTag } from '../../domain/locales';
import { AdaptiveCard, ADAPTIVE_CARD_CONTENT_TYPE, cardAttachment, renderCard } from './cards';
import { channelKindOf, forChannel, withRefresh } from './channelFeatures';
import { cachedCard, cachedReply, RenderedReply } from './replyCardCache';
import { Reply } from '../advisor/flow';
import { Receipt } from '../advisor/present';
import { answeredView, CardView } from '../advisor/viewModels';
import { withAiContent } from '../channel/aiContent';

/** A message activity as the bot sends it: what MessageFactory.text or .attachment builds, and what this adds. */
export interface MessageActivity {
  type: 'message';
  text?: string;
  inputHint: 'acceptingInput';
  attachmentLayout?: 'list';
  attachments?: { contentType: string; content: unknown }[];
  /** What notifications and card-less clients show first. */
  summary?: string;
  locale?: string;
  entities?: { type: string; [key: string]: unknown }[];
  channelData?: unknown;
}

/** A view as a message: a card with its plain-text summary, or plain text. */
export function toActivity(view: CardView | { text: string }, channelId: string | undefined, locale: LocaleTag): MessageActivity {
  return activityFor('text' in view ? view : { kind: view.card, card: renderCard(view), fallbackText: view.fallbackText }, channelId, locale);
}

export function activityFor(shown: RenderedReply, channelId: string | undefined, locale: LocaleTag): MessageActivity {
  if ('text' in shown) return { type: 'message', text: shown.text, inputHint: 'acceptingInput', locale };
  const card = forChannel(shown.kind, shown.card, channelId);
  // The summary is what notifications and card-less clients show first: the card's first line
  // (the verdict and its one-line summary, or the question).
  const message: MessageActivity = {
    type: 'message',
    attachmentLayout: 'list',
    attachments: [cardAttachment(card)],
    inputHint: 'acceptingInput',
    summary: shown.fallbackText.split('\n', 1)[0],
    locale,
  };
  return withAiContent(message, shown, channelId);
}

/** The message for a reply, as the asker's view. Shared between turns: copy before changing it. */
export function replyMessage(reply: Reply, channelId: string | undefined, locale: LocaleTag, askerId: string | undefined): MessageActivity {
  // Built for the channel's form alone (what the key holds), never for the channel id itself.
  const form = channelKindOf(channelId);
  const message = cachedReply(reply, locale, `activity:${form}`, (shown) => activityFor(shown, form, locale));
  return withRefreshFor(message, channelId, askerId);
}

/** The card of a reply, for an invoke's answer, as the asker's view. */
export function replyCard(reply: Reply, channelId: string | undefined, locale: LocaleTag, askerId: string | undefined): AdaptiveCard {
  const form = channelKindOf(channelId);
  const card = cachedReply(reply, locale, `card:${form}`, (shown) => {
    if ('text' in shown) throw new Error(`reply ${reply.kind} has no card to answer a card action with`);
    return forChannel(shown.kind, shown.card, form);
  });
  return withRefresh(card, channelId, askerId);
}

/** The receipt of an answered question, as a card for an invoke's answer. Shared between turns: never changed. */
export function receiptCard(receipt: Receipt, channelId: string | undefined, locale: LocaleTag): AdaptiveCard {
  return cachedCard({ receipt, form: channelKindOf(channelId), locale }, (input) =>
    forChannel('answered', renderCard(answeredView(input.receipt.question, input.receipt.option, catalogFor(input.locale))), input.form),
  );
}

/** A kept message with its card as the asker's view; copies only the objects on the way to the card. */
function withRefreshFor(activity: MessageActivity, channelId: string | undefined, askerId: string | undefined): MessageActivity {
  const attachments = activity.attachments;
  if (!askerId || !attachments || attachments.length !== 1 || attachments[0]!.contentType !== ADAPTIVE_CARD_CONTENT_TYPE) return activity;
  const card = attachments[0]!.content as AdaptiveCard;
  const refreshed = withRefresh(card, channelId, askerId);
  return refreshed === card ? activity : { ...activity, attachments: [{ ...attachments[0]!, content: refreshed }] };
}
