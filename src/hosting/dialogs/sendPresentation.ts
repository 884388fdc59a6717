// Sends what the presentation step decided (conversation/present.ts): the invoke's card, the
// receipt, the new messages; and keeps the live card's and the verdicts' ids once delivered.
import { TurnContext } from 'botbuilder';
import { LocaleTag } from '../../domain/locales';
import { isRecord } from '../../domain/records';
import { Delivery, Presentation } from '../../conversation/present';
import type { AdvisorStore, InPlaceAnswer, TurnSettings } from './turnSettings';
import { rememberVerdicts } from './verdictMessages';
import { onReplyDelivered } from '../replies/deliveredReplies';
import { receiptCard, replaceWithReceipt, replyCard, replyMessage } from '../replies/replyMessages';

/** What presenting the turn needs to know of how it arrived. */
export function deliveryOf(context: TurnContext, store: AdvisorStore, settings: TurnSettings, channelId: string | undefined): Delivery {
  const delivery: Delivery = { channelId };
  if (settings.inPlace) {
    // A case card's data carries the step token; the greeting's, help's and the picker's do not.
    const data = settings.input.kind === 'submit' ? settings.input.data : undefined;
    const onCaseCard = isRecord(data) && typeof data.token === 'string';
    delivery.click = settings.inPlace.cardId === undefined ? { onCaseCard } : { cardId: settings.inPlace.cardId, onCaseCard };
  } else if (context.activity.value !== undefined) delivery.submit = context.activity.replyToId ? { messageId: context.activity.replyToId } : {};
  if (store.questionActivityId) delivery.liveCardId = store.questionActivityId;
  if (settings.ownCaseUrl) delivery.ownCaseUrl = settings.ownCaseUrl;
  return delivery;
}

export async function sendPresentation(
  context: TurnContext,
  store: AdvisorStore,
  plan: Presentation,
  turn: { channelId: string | undefined; locale: LocaleTag; click?: InPlaceAnswer },
): Promise<void> {
  const { channelId, locale, click } = turn;
  if (click && plan.inPlace) {
    click.answer(
      'reply' in plan.inPlace ? replyCard(plan.inPlace.reply, channelId, locale, plan.askerId) : receiptCard(plan.inPlace.receipt, channelId, locale),
    );
  }
  if (plan.liveCard.kind === 'clicked') store.questionActivityId = plan.liveCard.id;
  if (plan.receipt) await replaceWithReceipt(context, plan.receipt.messageId, plan.receipt, locale);

  const activities = plan.messages.map((reply) => replyMessage(reply, channelId, locale, plan.askerId));
  if (activities.length === 0) return;
  if (plan.liveCard.kind === 'sent') {
    const index = plan.liveCard.index;
    // The new message holds the live card once delivered (its id is known only then). A copy:
    // the built message is shared by every turn that shows the same reply.
    store.questionActivityId = undefined;
    activities[index] = { ...activities[index] };
    onReplyDelivered(context, activities[index]!, (id) => {
      store.questionActivityId = id;
    });
  }
  rememberVerdicts(context, store, plan.verdicts, plan.messages, activities);
  await context.sendActivities(activities);
}
