// Where an activity comes from in Teams and whether it is meant for the bot.
import { Activity, TurnContext } from 'botbuilder';

/** Group chats (meeting chats included) and team channels, where people talk to each other too. */
export function isSharedConversation(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' || (type === undefined && activity.conversation?.isGroup === true);
}

interface MentionEntity {
  type?: unknown;
  mentioned?: { id?: unknown };
  text?: unknown;
}

function mentions(activity: Partial<Activity>): MentionEntity[] {
  const entities: unknown[] = Array.isArray(activity.entities) ? activity.entities : [];
  return entities.filter((e): e is MentionEntity => typeof e === 'object' && e !== null && (e as MentionEntity).type === 'mention');
}

// Teams writes a mention into the text as <at>Name</at>, even when a client drops the entity.
const AT_TAG = /<at\b[^>]*>[\s\S]*?<\/at>/gi;

/** Is this message addressed to the bot? A card click on the bot's own card always is. */
export function isAddressedToBot(activity: Partial<Activity>): boolean {
  if (!isSharedConversation(activity)) return true;
  if (activity.value !== undefined && activity.value !== null) return true;
  const botId = activity.recipient?.id;
  if (botId !== undefined && mentions(activity).some((m) => m.mentioned?.id === botId)) return true;
  // No mention entity (some clients and forwarded messages): a leading <at> tag addresses the bot.
  return typeof activity.text === 'string' && /^\s*<at\b/i.test(activity.text) && mentions(activity).length === 0;
}

/** The message text without the bot's mention and any leftover <at> tags (typedText folds its whitespace). */
export function textForBot(activity: Partial<Activity>): string {
  const raw = typeof activity.text === 'string' ? activity.text : '';
  let text = raw;
  try {
    text = TurnContext.removeRecipientMention(activity) ?? raw;
  } catch {
    // Malformed mention entities: fall back to the raw text.
  }
  return isSharedConversation(activity) ? text.replace(AT_TAG, ' ') : text;
}
