// What the local Direct Line puts around an activity, as Azure's Direct Line 3.0 does: every
// activity of a conversation carries the channel, the conversation and a timestamp; the client's
// come from the conversation's user to the bot; the bot's keep the sender the bot named (marked
// the bot) but never the id or service URL it sent; starting a conversation tells the bot both
// members were added, in the locale the page asked for. Pure: the time is given.
import { isRecord } from '../../domain/records';
import { matchLocale } from '../../domain/locales';
import type { JsonObject, LocalConversation } from './conversations';

export const DIRECT_LINE_PATH = '/v3/directline';
/** The channel the bot sees, as with Azure's Direct Line. */
export const CHANNEL_ID = 'directline';

export interface ChannelAccount {
  id: string;
  name?: string;
  role?: string;
}

type Conversation = Pick<LocalConversation, 'id' | 'userId' | 'locale'>;

export const userOf = (c: Pick<LocalConversation, 'userId'>): ChannelAccount => ({ id: c.userId, role: 'user' });

/** The parts of an activity Direct Line fills in for every activity of the conversation. */
export const envelope = (c: Pick<LocalConversation, 'id'>, now: Date): JsonObject => ({
  channelId: CHANNEL_ID,
  conversation: { id: c.id },
  timestamp: now.toISOString(),
});

/** Direct Line's Conversation object (start, reconnect, refresh): the token lives as long as the conversation's idle time. */
export const conversationInfo = (c: Pick<LocalConversation, 'id'>, token: string, idleMs: number): JsonObject => ({
  conversationId: c.id,
  token,
  expires_in: Math.round(idleMs / 1000),
});

/** The conversationUpdate a start sends the bot: the locale the start's body asks for, else the one the token was issued with. */
export function startActivity(c: Conversation, bot: ChannelAccount, body: unknown, now: Date): JsonObject {
  const locale = (isRecord(body) ? matchLocale(body.locale) : undefined) ?? c.locale;
  return {
    ...envelope(c, now),
    type: 'conversationUpdate',
    id: `${c.id}|start`,
    from: userOf(c),
    recipient: bot,
    membersAdded: [bot, userOf(c)],
    ...(locale ? { locale } : {}),
  };
}

/** A client's checked activity as stored: from the conversation's user, to the bot, in this conversation. */
export const clientActivity = (c: Conversation, bot: ChannelAccount, activity: JsonObject, now: Date): JsonObject => ({
  ...activity,
  ...envelope(c, now),
  from: userOf(c),
  recipient: bot,
});

/** The bot's activity as stored: its own id and service URL dropped (the store numbers it), its sender marked the bot. */
export function botActivity(c: Conversation, bot: ChannelAccount, body: JsonObject, now: Date): JsonObject {
  const { serviceUrl: _serviceUrl, id: _id, ...rest } = body;
  const from = isRecord(body.from) && typeof body.from.id === 'string' ? { ...body.from, role: 'bot' } : bot;
  return { ...rest, ...envelope(c, now), from };
}
