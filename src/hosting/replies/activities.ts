// The message activity a view or a reply becomes: a card with its plain-text summary, or plain
// text, in the turn's language and in its channel's form. Whoever answers the user builds it here
// (the dialog host, the tenant guard, the turn-error policy).
import { Activity, MessageFactory } from 'botbuilder';
import { LocaleTag } from '../../domain/locales';
import { CardView } from '../../conversation/advisor/viewModels';
import { RenderedReply } from '../../conversation/cards/replyCardCache';
import { cardAttachment, renderCard } from '../../conversation/cards/cards';
import { forChannel } from '../../conversation/cards/channelFeatures';
import { withAiContent } from '../../conversation/channel/aiContent';

/** A view as a message activity: a card with its plain-text summary, or plain text. */
export function toActivity(view: CardView | { text: string }, channelId: string | undefined, locale: LocaleTag): Partial<Activity> {
  return activityFor('text' in view ? view : { kind: view.card, card: renderCard(view), fallbackText: view.fallbackText }, channelId, locale);
}

export function activityFor(shown: RenderedReply, channelId: string | undefined, locale: LocaleTag): Partial<Activity> {
  if ('text' in shown) return { ...MessageFactory.text(shown.text), locale };
  const card = forChannel(shown.kind, shown.card, channelId);
  // The summary is what notifications and card-less clients show first: the card's first line
  // (the verdict and its one-line summary, or the question).
  return withAiContent({ ...MessageFactory.attachment(cardAttachment(card)), summary: shown.fallbackText.split('\n', 1)[0], locale }, shown, channelId);
}
