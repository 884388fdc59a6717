// A reply as what the channel gets: the message (built once per reply, language and channel form,
// then reused) or the card alone for an invoke's answer, each as the asker's view where cards are
// shown per viewer (Teams' refresh names the asker).
import { Activity, ActivityTypes, TurnContext } from 'botbuilder';
import { catalogFor } from '../../domain/textCatalog';
import { LocaleTag } from '../../domain/locales';
import { AdaptiveCard, ADAPTIVE_CARD_CONTENT_TYPE, renderCard } from '../../conversation/cards/cards';
import { channelKindOf, forChannel, withRefresh } from '../../conversation/cards/channelFeatures';
import { Reply } from '../../conversation/advisor/flow';
import { Receipt } from '../../conversation/advisor/present';
import { cachedCard, cachedReply } from '../../conversation/cards/replyCardCache';
import { answeredView } from '../../conversation/advisor/viewModels';
import { activityFor, toActivity } from './activities';

/** The message for a reply, as the asker's view. Shared between turns: copy before changing it. */
export function replyMessage(reply: Reply, channelId: string | undefined, locale: LocaleTag, askerId: string | undefined): Partial<Activity> {
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

/** Turns an earlier message into its question's receipt; a message gone or too old to edit is left as it is. */
export async function replaceWithReceipt(context: TurnContext, messageId: string, receipt: Receipt, locale: LocaleTag): Promise<void> {
  const view = answeredView(receipt.question, receipt.option, catalogFor(locale));
  const update: Partial<Activity> = { ...toActivity(view, context.activity.channelId, locale), id: messageId, type: ActivityTypes.Message };
  try {
    await context.updateActivity(update);
  } catch {
    // The step token still guards the card against re-use.
  }
}

/** A kept message with its card as the asker's view; copies only the objects on the way to the card. */
function withRefreshFor(activity: Partial<Activity>, channelId: string | undefined, askerId: string | undefined): Partial<Activity> {
  const attachments = activity.attachments;
  if (!askerId || !attachments || attachments.length !== 1 || attachments[0]!.contentType !== ADAPTIVE_CARD_CONTENT_TYPE) return activity;
  const card = attachments[0]!.content as AdaptiveCard;
  const refreshed = withRefresh(card, channelId, askerId);
  return refreshed === card ? activity : { ...activity, attachments: [{ ...attachments[0]!, content: refreshed }] };
}
