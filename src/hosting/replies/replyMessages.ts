// An earlier message turned into its question's receipt, in place. The message and the card a
// reply becomes are pure: conversation/cards/messages.ts.
import { Activity, ActivityTypes, TurnContext } from 'botbuilder';
import { catalogFor } from '../../domain/textCatalog';
import { LocaleTag } from '../../domain/locales';
import { Receipt } from '../../conversation/advisor/present';
import { answeredView } from '../../conversation/advisor/viewModels';
import { toActivity } from '../../conversation/cards/messages';

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
