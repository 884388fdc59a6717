// Chat log lines, as chat apps and ticket tools export them: a line's stamp, speaker and time, so a
// pasted chat is read by its speakers in the order of their times (thread.ts).
import { MONTH_STARTS, clientMarks } from './clientMarks';

/**
 * A chat log line: "[10:01] Name: text", "【14:52】李娜：text", "[11-24 15:20] Name: text" (a date
 * before the time), "[09:47, 12/03/2026] Name: text" (a date after it, day first, as WhatsApp
 * exports), or the name inside the brackets as Teams copies it: "[Name 10:42 AM] text".
 * Groups: date, hour, minutes, seconds, am/pm, date after the time.
 */
export const CHAT =
  /^\s*[[【]\s*(?:(\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?)\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?(?:,\s*(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}))?\s*[\]】]\s*[^:：\n]{1,40}[:：]\s*/iu;
export const CHAT_NAMED =
  /^\s*[[【]\s*[^\]】\d\s][^\]】]{0,40}?\s(?:(\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?)\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?\s*[\]】]\s*/iu;
/**
 * A ticket's update stamped with its time and perhaps the writer's initials, and no name before a
 * colon: "[05/09 16:20 AB] Spoke with the CFO: …", "[14:30] text" (groups as CHAT's).
 */
export const CHAT_STAMP =
  /^\s*[[【]\s*(?:(\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?)\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?(?:,\s*(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}))?(?:\s+[\p{L}.]{1,20})?\s*[\]】]\s*/iu;

/** A chat line stamped "yesterday" before its time ("[Ontem 16:40]"), as chat apps show older lines. */
const YESTERDAY = new RegExp(`^\\s*[[【]\\s*(?:${clientMarks('yesterday')})[\\s,]`, 'iu');

/** A chat line's time, as a number that grows with it (a date before the time counts first). */
export function chatTime(m: RegExpExecArray): number {
  // A month by its name ("Nov 14", "14 set") counts as the lexicons name it; an unknown name leaves the day alone to order.
  // A date after the time is day, month, year: read year first, then month, then day.
  const named = /^(\p{L}+)\.? (\d+)$/u.exec(m[1] ?? '');
  const month = named !== null ? (MONTH_STARTS.find(([start]) => start.test(named[1]!.toLowerCase()))?.[1] ?? 0) : 0;
  const parts = named !== null ? [String(month), named[2]!] : m[1] !== undefined ? m[1].split(/[-/.]/) : (m[6]?.split(/[-/.]/).reverse() ?? []);
  const date = parts.filter((d) => d.length > 0).reduce((a, d) => a * 32 + Number(d), 0);
  let hour = Number(m[2]) % (m[5] === undefined ? 24 : 12);
  if (m[5] !== undefined && /^p/i.test(m[5])) hour += 12;
  return (date - (YESTERDAY.test(m[0]) ? 1 : 0)) * 86400 + hour * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
}

/**
 * A chat line copied with its app's name in brackets and no time: "[Teams] Name: text". Its
 * name has no stop in it, so a bracketed note ("[Note] they said: …") is no chat line. A Chinese
 * group chat is pasted with the speaker's name in brackets and no colon: "【张伟】text".
 */
export const CHAT_TAGGED = /^\s*(?:[[【]\s*\p{L}{2,20}\s*[\]】]\s*[^:：\n,.?!;，。？！；]{1,40}[:：]|【[\p{L}·-]{2,12}】(?![^:：\n]{0,40}[:：]))\s*/u;

/** A chat line without brackets: "Клиент, 18:40: text", "Ana, 10:05: text" (groups as CHAT's). */
export const CHAT_PLAIN =
  /^\s*(?=\p{L})[^:：\n,.?!;\d]{1,30},\s*(?:(\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?)\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?\s*[:：]\s*/iu;
/**
 * A log's line stamped with its time alone, without brackets: "09:50 — text", "14/03 09:10 – text", "03.12. 09:05 – text",
 * "14/11/2025, 15:41 - text", "Nov 14, 3:41 PM - Name: text" (a ticket's conversation exported).
 */
export const CHAT_LOG =
  /^\s*(?:(\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?|\p{L}{3,9}\.? \d{1,2})[.,]?\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*[—–-]\s*|\s+(?=\p{L}))/iu;
/**
 * A log's line stamped with its day alone: "12/08 Client decided: …", "2024-05-20 …", "07-15 …", "6/3（最新）…", as a CRM's
 * history lists its entries. Its empty groups stand for the time (midnight), so it orders as CHAT_LOG's lines do.
 */
export const CHAT_DAY = /^\s*(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{4}-\d{1,2}-\d{1,2}|(?:0?[1-9]|1[0-2])-\d{1,2})()()()(?:\s+(?=\p{L})|\s*(?=[(（]))/u;
export function chatLine(line: string): RegExpExecArray | null {
  return (
    CHAT.exec(line) ??
    CHAT_NAMED.exec(line) ??
    CHAT_TAGGED.exec(line) ??
    CHAT_PLAIN.exec(line) ??
    CHAT_STAMP.exec(line) ??
    CHAT_LOG.exec(line) ??
    CHAT_DAY.exec(line)
  );
}
