// The date header under a pasted mail's "From:" line ("Date: 14/04/2025 09:15", "Sent: 12 May 2025 10:02", «Отправлено:
// 20 мая 2025 г. 10:02», "时间：2025-05-12 15:40", "Elküldve: 2025. május 12. 15:30"), read as a number that grows with
// the time it names. A thread is pasted newest first; when every mail in it has a date and the dates grow down the page,
// it was pasted oldest first, and the mail at the bottom is the newest (thread.ts).
import { MONTH_STARTS, clientMarks } from './clientMarks';

/** A header line naming when a mail was sent, in the five languages (group 1: the rest of the line). */
export const DATE_HEADER = new RegExp(`^\\s*(?:${clientMarks('dates')})\\s*[:：]\\s*(.*)$`, 'iu');

/**
 * The time a date header's value names, as minutes since year 0 (roughly: only the order counts), or undefined when it
 * gives no year or no time of day. Numbers around the year are day and month: month first after the year (2025-04-08,
 * 2025.04.14.); before it, the one that cannot be a month is the day (14/04/2025, 04/14/2025), and where either
 * could be (6/2/2025) `monthFirst` says which is read.
 */
export function mailTime(value: string, monthFirst = false): number | undefined {
  const lower = value.toLowerCase();
  const year = /(?<!\d)(\d{4})(?!\d)/u.exec(lower);
  const clock = /(?<!\d)(\d{1,2})[:.](\d{2})(?![\d.])\s*([ap]\.?m\.?)?/u.exec(lower.slice(year === null ? 0 : year.index + 4));
  if (year === null || clock === null) return undefined;
  let hour = Number(clock[1]) % (clock[3] === undefined ? 24 : 12);
  if (clock[3]?.startsWith('p') === true) hour += 12;
  const date = lower.slice(0, year.index + 4 + clock.index);
  const named = /\p{L}{3,}/gu;
  let month = 0;
  for (const m of date.matchAll(named)) {
    const found = MONTH_STARTS.find(([start]) => start.test(m[0]));
    if (found !== undefined) {
      month = found[1];
      break;
    }
  }
  const numbers = [...date.matchAll(/(?<!\d)\d{1,2}(?!\d)/gu)].map((m) => ({ n: Number(m[0]), at: m.index }));
  let day: number;
  if (month > 0) day = numbers[0]?.n ?? 0;
  else if (numbers.length >= 2) {
    const [a, b] = [numbers[0]!, numbers[1]!];
    if (a.at > year.index) [month, day] = [a.n, b.n];
    else if (b.n > 12) [month, day] = [a.n, b.n];
    else if (a.n > 12 || !monthFirst) [day, month] = [a.n, b.n];
    else [month, day] = [a.n, b.n];
  } else return undefined;
  return ((Number(year[1]) * 13 + month) * 32 + day) * 1440 + hour * 60 + Number(clock[2]);
}

/** Whether times, in the order they are written, all grow. */
function grows(times: ReadonlyArray<number | undefined>): boolean {
  if (times.length < 2 || times.some((t) => t === undefined)) return false;
  return times.every((t, i) => i === 0 || t! > times[i - 1]!);
}

/**
 * Whether the mails' dates, in the order they are written, all grow: the thread was pasted oldest first. A date whose day
 * and month could be either (6/2/2025 is 6 February in one country and June 2 in another) must grow read both ways, so a
 * thread written newest on top in the other convention is never reversed.
 */
export function pastedOldestFirst(dates: ReadonlyArray<string | undefined>): boolean {
  return [false, true].every((monthFirst) => grows(dates.map((d) => (d === undefined ? undefined : mailTime(d, monthFirst)))));
}
