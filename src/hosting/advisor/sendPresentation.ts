// Sends what the presentation step decided (conversation/present.ts): the invoke's card, the
// receipt, the new messages; and keeps the live card's and the verdicts' ids once delivered.
import { TurnContext } from 'botbuilder';
import { LocaleTag } from '../../domain/locales';
import { Presentation } from '../../conversation/present';
import type { AdvisorStore } from '../../conversation/advisorStore';
import type { InPlaceAnswer } from './turnSettings';
import { rememberVerdicts } from './verdictMessages';
import { onReplyDelivered } from '../replies/deliveredReplies';
import { receiptCard, replaceWithReceipt, replyCard, replyMessage } from '../replies/replyMessages';

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
