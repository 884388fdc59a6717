// A record's timeline: two or more lines each opening with a dated stamp (a year, a year and month, a
// day and month with its time of day, or a month's name and day), perhaps after a bullet or in
// brackets. Whichever way it is pasted, newest on top or oldest first, its entries are read in the
// order of their dates: the latest-dated entry that says anything of a question decides it, an
// older one fills in only what nothing newer says. The lines above the first entry (the record's
// title and fields as created) are the oldest part, unless they carry a year later than every
// entry's; a note below the log, after a blank line, the newest. Entries stamped within a minute of
// each other are one act (a note and the field change logged with it). A log whose every line
// opens with a stamp thread.ts orders by its date (a time, perhaps after a numeric date) keeps
// thread.ts's reading; this one reads the stamps it does not (years, months by name, a bullet
// before the stamp).
import { CHAT_DAY, CHAT_LOG, CHAT_STAMP } from './chatLines';
import { MONTH_STARTS } from './clientMarks';
import { WROTE } from './mailHeaders';

/** A bullet or an opening bracket before a stamp ("▸ 18.03 15:40 ·", "[Mar 14 16:02]"). */
const LEAD = String.raw`^\s*(?:[▸►▶•*]\s*|[-–—]\s+)?[[【(（]?\s*`;
/** A time of day after a date ("16:02"). */
const CLOCK = String.raw`(?:,?\s+(\d{1,2}):(\d{2}))`;
/** What ends a stamp: a closing bracket, then a space, a separator or the line's end. */
const END = String.raw`\s*[\]】)）]?(?=\s|[·|:：—–-]|$)`;

/** A year, perhaps with its month and day ("2021-03", "2024 年底", "2025 –"), perhaps a time. */
const YEAR = new RegExp(`${LEAD}((?:19|20)\\d{2})(?:[-/.](\\d{1,2}))?(?:[-/.](\\d{1,2}))?\\.?${CLOCK}?(?![\\d:])${END}`, 'u');
/** Day and month in either order, one mark between and perhaps one after ("18.03", "03.14.", "14/03"), then a time. */
const DAY_MONTH = new RegExp(`${LEAD}(\\d{1,2})[^\\d\\s:](\\d{1,2})[^\\d\\s:]?(?:[-/.]((?:19|20)?\\d{2}))?${CLOCK}${END}`, 'u');
/** A month's name and day, then a year or a time ("Mar 14 16:02", "Nov 3, 2025"). */
const NAMED = new RegExp(`${LEAD}(\\p{L}{3,9})\\.?\\s(\\d{1,2})(?:,?\\s((?:19|20)\\d{2}))?${CLOCK}?${END}`, 'u');

/** A stamp's kind and its time as a number growing with it, read day first and month first (undefined where that reading cannot be). */
interface Stamp {
  kind: string;
  times: [number | undefined, number | undefined];
}

function at(year: number, month: number, day: number, hour: number, minute: number): number {
  return (((year * 13 + month) * 32 + day) * 24 + hour) * 60 + minute;
}

function stampOf(line: string): Stamp | undefined {
  const y = YEAR.exec(line);
  // A bare year is a stamp only before a separator, a Chinese word or the line's end ("2019 – …", "2024 年底"), not a count ("2000 seats").
  const bare = y !== null && y[2] === undefined && y[4] === undefined && !/^\s*(?:[·|:：—–-]|\p{Script=Han}|$)/u.test(line.slice(y[0].length));
  if (y !== null && !bare) {
    const t = at(Number(y[1]), Number(y[2] ?? 0), Number(y[3] ?? 0), Number(y[4] ?? 0), Number(y[5] ?? 0));
    return { kind: 'year', times: [t, t] };
  }
  const d = DAY_MONTH.exec(line);
  if (d !== null) {
    const [a, b, year, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3] ?? 0), Number(d[4]), Number(d[5])];
    if (a === 0 || b === 0 || (a > 12 && b > 12) || hour > 23) return undefined;
    return { kind: 'day', times: [b <= 12 ? at(year, b, a, hour, minute) : undefined, a <= 12 ? at(year, a, b, hour, minute) : undefined] };
  }
  const n = NAMED.exec(line);
  if (n === null || (n[3] === undefined && n[4] === undefined)) return undefined;
  const month = MONTH_STARTS.find(([start]) => start.test(n[1]!.toLowerCase()))?.[1];
  if (month === undefined) return undefined;
  const t = at(Number(n[3] ?? 0), month, Number(n[2]), Number(n[4] ?? 0), Number(n[5] ?? 0));
  return { kind: 'named', times: [t, t] };
}

/** +1 when the times grow down the page, -1 when they fall, 0 when neither holds throughout. */
function direction(times: readonly number[]): number {
  if (times[0] === times[times.length - 1]) return 0;
  const up = times.every((t, i) => i === 0 || t >= times[i - 1]!);
  const down = times.every((t, i) => i === 0 || t <= times[i - 1]!);
  return up ? 1 : down ? -1 : 0;
}

/** The parts of a timeline, newest first; undefined unless two entries of one kind of stamp are ordered by their dates. */
export function timelineParts(text: string): string[] | undefined {
  const lines = text.split(/\r?\n/);
  const head: string[] = [];
  const entries: Array<{ stamp: Stamp; lines: string[] }> = [];
  const after: string[] = [];
  let blank = false;
  for (const line of lines) {
    const stamp = after.length === 0 ? stampOf(line) : undefined;
    if (stamp !== undefined) entries.push({ stamp, lines: [line] });
    else if (entries.length === 0) head.push(line);
    else if (after.length > 0 || (blank && line.trim() !== '')) after.push(line);
    else entries[entries.length - 1]!.lines.push(line);
    blank = entries.length > 0 && line.trim() === '';
  }
  if (
    entries.length < 2 ||
    entries.some((e) => e.stamp.kind !== entries[0]!.stamp.kind) ||
    // A mail's reply headers ("2025-03-01 09:14, Anna wrote:"): a thread above which the newest reply is typed, thread.ts's.
    entries.some((e) => WROTE.test(e.lines[0]!)) ||
    entries.every((e) => [CHAT_STAMP, CHAT_LOG, CHAT_DAY].some((r) => r.test(e.lines[0]!)))
  )
    return undefined;
  // The order must hold however a day or month is read, of the readings every stamp allows (14/03 is read day first only).
  const readings = [0, 1].map((i) => entries.map((e) => e.stamp.times[i])).filter((t): t is number[] => t.every((x) => x !== undefined));
  const ways = new Set(readings.map(direction));
  if (ways.size !== 1 || ways.has(0)) return undefined;
  const acts: string[][] = [];
  entries.forEach((e, i) => {
    if (i > 0 && Math.abs(readings[0]![i]! - readings[0]![i - 1]!) <= 1) acts[acts.length - 1]!.push(...e.lines);
    else acts.push([...e.lines]);
  });
  const ordered = ways.has(1) ? acts.reverse() : acts;
  const join = (l: readonly string[]): string => l.join('\n').trim();
  // A head that carries a year later than every entry's ("Channel: EA (signed 2023)" over 2019 and
  // 2021) was written after the log: it is the newest part, not the record as first created.
  const years = readings[0]!.map((t) => Math.floor(t / (13 * 32 * 24 * 60)));
  const headYears = [...join(head).matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((m) => Number(m[0]));
  const headLater = years.every((y) => y > 0) && headYears.some((y) => y > Math.max(...years));
  const parts = headLater ? [join(after), join(head), ...ordered.map(join)] : [join(after), ...ordered.map(join), join(head)];
  return parts.filter((p) => p.length > 0);
}
