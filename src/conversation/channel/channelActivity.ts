// What the bot reads off a channel's activity, as plain rules on its plain shape: whether a
// conversation is shared and a message meant for the bot, which surface it comes from (Microsoft
// 365 Copilot apart from Teams), who sent it and whether a case can be kept under them, the route's
// facts, a click's data and the flow's input. The host hands the activity as the SDK gives it
// (hosting/routes/table.ts, teams/advisorTurns.ts) and decides none of this itself.
import { isRecord } from '../../domain/records';
import { COPILOT, featuresOf } from '../cards/channelFeatures';
import type { FlowInput, FlowUser } from '../advisor/flow';
import type { RouteFacts } from './routes';
import { typedText } from '../advisor/typedInput';
import { withTeamsLines } from './teamsLines';

/** An activity as the conversation layer reads it: the Bot Framework's fields it looks at, each of any shape until checked. */
export interface ChannelActivity {
  type?: unknown;
  name?: unknown;
  channelId?: unknown;
  text?: unknown;
  value?: unknown;
  action?: unknown;
  replyToId?: unknown;
  from?: { id?: unknown; name?: unknown };
  recipient?: { id?: unknown };
  conversation?: { conversationType?: unknown; isGroup?: unknown };
  entities?: unknown;
  membersAdded?: readonly { id?: unknown }[];
  attachments?: unknown;
}

/** Group chats (meeting chats included) and team channels, where people talk to each other too. */
export function isSharedConversation(activity: ChannelActivity): boolean {
  const type = activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' || (type === undefined && activity.conversation?.isGroup === true);
}

interface MentionEntity {
  type?: unknown;
  mentioned?: { id?: unknown };
}

function mentions(activity: ChannelActivity): MentionEntity[] {
  const entities: unknown[] = Array.isArray(activity.entities) ? activity.entities : [];
  return entities.filter((e): e is MentionEntity => isRecord(e) && e.type === 'mention');
}

/** Teams writes a mention into the text as <at>Name</at>, even when a client drops the entity. */
export const AT_TAG = /<at\b[^>]*>[\s\S]*?<\/at>/gi;

/** Is this message addressed to the bot? A card click on the bot's own card always is. */
export function isAddressedToBot(activity: ChannelActivity): boolean {
  if (!isSharedConversation(activity)) return true;
  if (activity.value !== undefined && activity.value !== null) return true;
  const botId = activity.recipient?.id;
  if (botId !== undefined && mentions(activity).some((m) => m.mentioned?.id === botId)) return true;
  // No mention entity (some clients and forwarded messages): a leading <at> tag addresses the bot.
  return typeof activity.text === 'string' && /^\s*<at\b/i.test(activity.text) && mentions(activity).length === 0;
}

/** A message's text with the bot's mention taken out (`withoutMention`: the SDK's doing), in a shared chat any leftover <at> tags, and in Teams its lines. */
export function textForBot(activity: ChannelActivity, withoutMention: string): string {
  const text = isSharedConversation(activity) ? withoutMention.replace(AT_TAG, ' ') : withoutMention;
  const html = activity.channelId === 'msteams' ? htmlCopyOf(activity) : undefined;
  return html === undefined ? text : withTeamsLines(text, html);
}

/** Teams' HTML copy of a typed message: the first text/html attachment with its content inline (teamsLines.ts). */
function htmlCopyOf(activity: ChannelActivity): string | undefined {
  const attachments: unknown[] = Array.isArray(activity.attachments) ? activity.attachments : [];
  const copy = attachments.find((a) => isRecord(a) && a.contentType === 'text/html' && typeof a.content === 'string');
  return isRecord(copy) && typeof copy.content === 'string' ? copy.content : undefined;
}

/** Microsoft 365 Copilot: Teams' channel (msteams) with a ProductInfo entity whose id is COPILOT. */
export function isCopilot(activity: ChannelActivity): boolean {
  if (activity.channelId !== 'msteams' || !Array.isArray(activity.entities)) return false;
  return activity.entities.some((e: unknown) => isRecord(e) && e.type === 'ProductInfo' && e.id === 'COPILOT');
}

/** The surface replies are shaped for: the channel, but Copilot apart from the rest of Teams. */
export function surfaceOf(activity: ChannelActivity): string | undefined {
  if (isCopilot(activity)) return COPILOT;
  return typeof activity.channelId === 'string' ? activity.channelId : undefined;
}

/** The sender's id, if one a case can be kept under: present, not empty, no longer than Teams' ids get. */
export function usableSenderId(activity: ChannelActivity): string | undefined {
  const id = activity.from?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 256 ? id : undefined;
}

/** The sender as the actions and a case name them: a usable id and, where the channel gives one, their name trimmed and bounded. */
export function senderOf(activity: ChannelActivity): FlowUser | undefined {
  const id = usableSenderId(activity);
  if (id === undefined) return undefined;
  const name = activity.from?.name;
  return typeof name === 'string' && name.trim().length > 0 ? { id, name: name.trim().slice(0, 256) } : { id };
}

/** Who acted, where the channel shows cards per viewer (Teams); elsewhere cases have no asker. */
export function viewerOf(activity: ChannelActivity): FlowUser | undefined {
  return featuresOf(channelIdOf(activity)).userSpecificViews ? senderOf(activity) : undefined;
}

/** Teams' link to a personal chat with the bot: where someone else in a shared chat checks a case of their own. */
export function ownCaseLink(activity: ChannelActivity): string | undefined {
  const botId = activity.recipient?.id;
  if (!isSharedConversation(activity) || !featuresOf(channelIdOf(activity)).userSpecificViews || typeof botId !== 'string' || !/^28:[\w-]{1,128}$/.test(botId))
    return undefined;
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`;
}

/** Who takes part in a flow's turn, read off its activity: a shared chat or not, the viewer, and the link to a chat of their own. */
export function participantsOf(activity: ChannelActivity): { shared: boolean; user?: FlowUser; ownCaseUrl?: string } {
  const user = viewerOf(activity);
  const ownCaseUrl = ownCaseLink(activity);
  return { shared: isSharedConversation(activity), ...(user ? { user } : {}), ...(ownCaseUrl ? { ownCaseUrl } : {}) };
}

/** What the user did: a card submit (its `value`) or typed text (already without the bot's @mention). */
export function inputFrom(activity: ChannelActivity, textForBot: string): FlowInput {
  if (activity.value !== undefined && activity.value !== null) return { kind: 'submit', data: activity.value };
  return { kind: 'text', text: typedText(textForBot) };
}

/** A click's data: a Universal Actions invoke carries it in `value.action.data`, a message (Web Chat) as its `value`. */
export function clickData(activity: ChannelActivity): unknown {
  const value = activity.value;
  return activity.type === 'invoke' && value !== null && typeof value === 'object' ? (value as { action?: { data?: unknown } }).action?.data : value;
}

/** What a Copilot click asks of the flow: Action.Execute sends the button's data with the card's inputs. */
export function copilotClickInput(activity: ChannelActivity): FlowInput {
  const action = isRecord(activity.value) ? activity.value.action : undefined;
  return { kind: 'submit', data: isRecord(action) ? action.data : undefined };
}

/** Teams' clientInfo entity's locale, if the activity has one. */
export function clientInfoLocale(activity: ChannelActivity): unknown {
  const entities: unknown[] = Array.isArray(activity.entities) ? activity.entities : [];
  const info = entities.find((e) => isRecord(e) && e.type === 'clientInfo');
  return isRecord(info) ? info.locale : undefined;
}

/**
 * Activities the advisor never acts on: no route handles them, so their turn changes nothing and
 * sends nothing, and no state is read for them (a typing indicator on Blob state cost two reads).
 * A type the bot starts handling must leave this list.
 */
const INERT = new Set(['typing', 'messageReaction']);

export function isInert(activity: ChannelActivity): boolean {
  return INERT.has(String(activity.type));
}

/** The facts routeOf decides on (routes.ts); `followUp` comes from the turn's own state, never from the activity. */
export function routeFactsOf(activity: ChannelActivity, followUp: boolean): RouteFacts {
  const botId = activity.recipient?.id;
  // One object of one shape, its optional fields set only when present (every turn makes one).
  const facts: RouteFacts = {
    followUp,
    type: typeof activity.type === 'string' ? activity.type : '',
    userSpecificViews: featuresOf(channelIdOf(activity)).userSpecificViews,
    usableSender: usableSenderId(activity) !== undefined,
    addressed: activity.type === 'message' ? isAddressedToBot(activity) : true,
    // The wire may send null or stray entries where the schema says an array of accounts.
    botAdded: Array.isArray(activity.membersAdded) && activity.membersAdded.some((m: unknown) => isRecord(m) && m.id === botId),
    teams: activity.channelId === 'msteams',
  };
  if (typeof activity.name === 'string') facts.name = activity.name;
  if (activity.value !== undefined) facts.value = activity.value;
  if (typeof activity.action === 'string') facts.action = activity.action;
  return facts;
}

function channelIdOf(activity: ChannelActivity): string | undefined {
  return typeof activity.channelId === 'string' ? activity.channelId : undefined;
}
