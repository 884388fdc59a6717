// What a Web Chat client may say in an activity it posts to the local Direct Line
// (hosting/directline/routes.ts): the fields it may set, bounded, and nothing else (ids, from,
// serviceUrl… are the server's to set). By hand, not by a JSON Schema: it keeps the fields a
// client may set and drops the rest, as Direct Line does, where a schema would refuse the activity.
import { isRecord } from '../../domain/records';
import { matchLocale } from '../../domain/locales';

type JsonObject = Record<string, unknown>;

const CLIENT_TYPES = new Set(['message', 'event', 'typing']);
const MAX_TEXT = 10_000;
const MAX_ENTITIES = 20;
/**
 * Values (objects, arrays, strings, numbers…) `value`, `channelData` and `entities` may hold
 * together. Web Chat sends a few dozen (a card's submitted inputs, its client ids and
 * capabilities); the body reader's own limit (20,000) would let 32 KB of `[{},{},…]` become
 * 630 KB of objects, alive for the whole turn.
 */
export const MAX_CLIENT_VALUES = 200;

/** Whether `roots` hold more than `limit` values in all (walked without recursion, stopping at the limit). */
function tooManyValues(roots: unknown[], limit: number): boolean {
  const stack = [...roots];
  let count = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === undefined) continue;
    if (++count > limit) return true;
    if (Array.isArray(value)) stack.push(...(value as unknown[]));
    else if (isRecord(value)) stack.push(...Object.values(value));
  }
  return false;
}

export function shortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** The activity as the client may say it, or why it is refused (a 400's message). */
export function fromClient(body: JsonObject): JsonObject | string {
  if (!shortString(body.type, 32) || !CLIENT_TYPES.has(body.type)) return 'The activity type must be message, event or typing.';
  const activity: JsonObject = { type: body.type };
  if (body.text !== undefined) {
    if (!shortString(body.text, MAX_TEXT)) return `The text must be a string of at most ${MAX_TEXT} characters.`;
    activity.text = body.text;
  }
  if (shortString(body.textFormat, 16)) activity.textFormat = body.textFormat;
  if (shortString(body.name, 256)) activity.name = body.name;
  if (typeof body.locale === 'string' && matchLocale(body.locale)) activity.locale = body.locale;
  if (tooManyValues([body.value, body.channelData, body.entities], MAX_CLIENT_VALUES)) {
    return `The activity's value, channelData and entities may hold at most ${MAX_CLIENT_VALUES} values in all.`;
  }
  if (body.value !== undefined) activity.value = body.value;
  if (isRecord(body.channelData)) activity.channelData = body.channelData;
  if (Array.isArray(body.entities)) activity.entities = body.entities.filter(isRecord).slice(0, MAX_ENTITIES);
  if (shortString(body.replyToId, 200)) activity.replyToId = body.replyToId;
  if (shortString(body.localTimestamp, 64)) activity.localTimestamp = body.localTimestamp;
  if (shortString(body.localTimezone, 64)) activity.localTimezone = body.localTimezone;
  return activity;
}

/** `Bearer <token>` with a token of the local Direct Line's characters → the token; undefined for anything else. */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
  return match ? match[1] : undefined;
}
