// The local Direct Line's rules (the store itself: conversations.ts): how long
// a token and a conversation live, what an activity costs against the byte budgets, which post is
// refused as too large, when a conversation's oldest activities make room, which watermark a poll
// asks with, and how long a refused client is told to wait. Everything is bounded, in bytes as
// well as counts: activities are counted as their JSON text, a byte a character when it is all
// ASCII, else two (V8's two string forms), plus their entry.
import type { LocalDirectLineSettings } from '../../config/webChatSettings';

/** Activities returned per poll at most; the client pages on with the watermark. */
export const PAGE_SIZE = 100;
/** Turns waiting per conversation at most; more is a client misbehaving. */
export const MAX_PENDING_TURNS = 4;
/** What an activity costs beyond its text (its entry, id and timestamp). */
export const ENTRY_OVERHEAD_BYTES = 512;
/** What a conversation costs before it holds any activity (its record, token hash, map entries). */
export const CONVERSATION_OVERHEAD_BYTES = 2048;

type Lifetimes = Pick<LocalDirectLineSettings, 'idleMinutes' | 'unusedTokenSeconds'>;

/** How long a conversation in use lives after its last activity. */
export const idleMsOf = (settings: Lifetimes): number => settings.idleMinutes * 60_000;

/** How long a token may wait for its conversation to be started (or posted to): never longer than the idle time. */
export const unusedMsOf = (settings: Lifetimes): number => Math.min(settings.unusedTokenSeconds * 1000, idleMsOf(settings));

/** When a conversation expires: an unused token after the short window from its issue, a conversation in use after the idle time from its last activity. */
export function expiresAt(conversation: { started: boolean; posted: boolean; lastActive: number; issuedAt: number }, settings: Lifetimes): number {
  return conversation.started || conversation.posted ? conversation.lastActive + idleMsOf(settings) : conversation.issuedAt + unusedMsOf(settings);
}

/** Seconds a refused client is told to wait: until the soonest conversation can expire and free its place, a second at least. */
export function secondsUntilFree(soonestExpiry: number, now: number): number {
  return soonestExpiry === Infinity ? 1 : Math.max(1, Math.ceil((soonestExpiry - now) / 1000));
}

/** What an activity's JSON text costs against the budgets. */
export function activityBytes(text: string, asciiOnly: boolean): number {
  return (asciiOnly ? text.length : 2 * text.length) + ENTRY_OVERHEAD_BYTES;
}

/** A client's post larger than a conversation may hold, or than its share of a minute: 413, whatever else. */
export function tooLargeToPost(bytes: number, settings: Pick<LocalDirectLineSettings, 'maxConversationBytes' | 'maxPostBytesPerMinute'>): boolean {
  return bytes > settings.maxConversationBytes || bytes > settings.maxPostBytesPerMinute;
}

/** Whether a conversation's oldest activity goes to make room for one more of `bytes`: too many, or too many bytes. */
export function conversationFull(
  held: { count: number; bytes: number },
  bytes: number,
  settings: Pick<LocalDirectLineSettings, 'maxActivities' | 'maxConversationBytes'>,
): boolean {
  return held.count > 0 && (held.count >= settings.maxActivities || held.bytes + bytes > settings.maxConversationBytes);
}

/** The sequence number a poll asks after: its watermark when it is a number of at most 15 digits, never past the last one; else from the start. */
export function askedWatermark(watermark: unknown, last: number): number {
  return typeof watermark === 'string' && /^\d{1,15}$/.test(watermark) ? Math.min(Number(watermark), last) : 0;
}
