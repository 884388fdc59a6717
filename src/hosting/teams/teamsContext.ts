// The one SDK step in reading a message: the bot's mention taken out of its text by the SDK's own
// reading of the mention entities (the rest of the rules: conversation/channel/channelActivity.ts).
import { Activity, TurnContext } from 'botbuilder';
import { textForBot as withoutAtTags } from '../../conversation/channel/channelActivity';

/** The message text without the bot's mention and any leftover <at> tags (typedText folds its whitespace). */
export function textForBot(activity: Partial<Activity>): string {
  const raw = typeof activity.text === 'string' ? activity.text : '';
  let text = raw;
  try {
    text = TurnContext.removeRecipientMention(activity) ?? raw;
  } catch {
    // Malformed mention entities: fall back to the raw text.
  }
  return withoutAtTags(activity, text);
}
