// Sends what the presentation step decided (conversation/advisor/present.ts): the invoke's card, the
// receipt, the new messages; and keeps the live card's and the verdicts' ids once delivered.
import { TurnContext } from 'botbuilder';
import { LocaleTag } from '../../domain/locales';
import { Presentation } from '../../conversation/advisor/present';
import type { AdvisorStore } from '../../conversation/advisor/advisorStore';
import type { InPlaceAnswer } from './turnSettings';
import { rememberVerdicts } from '../../conversation/advisor/verdictReactions';
import { OnDelivered, sendReplies } from '../replies/sendReplies';
import { replaceWithReceipt } from '../replies/replyMessages';
import { receiptCard, replyCard, replyMessage } from '../../conversation/cards/messages';

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
  const onDelivered: OnDelivered[] = activities.map(() => undefined);
  if (plan.liveCard.kind === 'sent') {
    // The new message holds the live card once delivered (its id is known only then).
    store.questionActivityId = undefined;
    onDelivered[plan.liveCard.index] = (id) => {
      store.questionActivityId = id;
    };
  }
  rememberVerdicts(store, plan.verdicts, plan.messages, onDelivered);
  await sendReplies(context, activities, onDelivered);
}
