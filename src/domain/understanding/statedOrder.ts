// A log whose title says its order ("Activity (oldest first)", «Журнал (сначала старые)»,
// "活动（按时间正序）：", "Histórico (mais antigo primeiro)", "Előzmények (legrégebbi elöl)"): its
// entries are read in the order the title states, newest first, whatever their stamps tell (a
// log of day-only or year-dated stamps written oldest first is otherwise read as one text, where a
// later entry cannot settle what an earlier one said). The lines above the title (a ticket's
// number, its fields as filled in) are the oldest part: a later entry changes them.
import { compilePatterns, fold } from './compile';
import { LEXICONS } from './lexicon';

const OLDEST_FIRST = compilePatterns(
  LEXICONS.flatMap((l) => l.structure?.oldestFirst ?? []),
  'structure.oldestFirst',
  'u',
);

/**
 * An entry's stamp opening its line: a date ("03.03.2026 09:10", "02/03", "2026-02-03", "03.02."),
 * a month's name and day ("Mar 3, 2026 9:12 AM"), or a time ("09:10"), perhaps in brackets.
 */
const STAMP = /^\s*[[【(]?\s*(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\.?|\p{L}{3,9}\.? \d{1,2},?(?: \d{4})? \d{1,2}:\d{2}|\d{1,2}:\d{2})(?=[\s\]】),:：—–-])/u;

/** The day and the minute of an entry's stamp ("05.03.2026 11:32" → ["05.03.2026", 692]); undefined without a time. */
function stampOf(line: string): [string, number] | undefined {
  const m = /(\d{1,2}):(\d{2})/u.exec(line.slice(0, 40));
  return m === null ? undefined : [line.slice(0, m.index).trim(), Number(m[1]) * 60 + Number(m[2])];
}
function sameAct(line: string, before: string): boolean {
  const [a, b] = [stampOf(line), stampOf(before)];
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] - b[1] >= 0 && a[1] - b[1] <= 1;
}

/** Whether a title among these lines says they run oldest first («Переписка (в хронологическом порядке)»). */
export function titledOldestFirst(text: string): boolean {
  return text.split(/\r?\n/).some((l) => l.length <= 120 && OLDEST_FIRST.test(fold(l)));
}

/** The parts of a log whose title states its order, newest first; undefined unless a title does and two stamped entries follow it. */
export function statedOrderParts(text: string): string[] | undefined {
  const lines = text.split(/\r?\n/);
  // Only a title saying oldest first: a log pasted newest on top is ordered by its stamps (thread.ts), its fields above it kept newest.
  const title = lines.findIndex((l) => l.length <= 120 && OLDEST_FIRST.test(fold(l)));
  if (title < 0) return undefined;
  const entries: string[][] = [];
  const after: string[] = [];
  let ended = false;
  for (const line of lines.slice(title + 1)) {
    // After a blank line, a line with no stamp ends the log: it and what follows are the paster's note, the newest part.
    if (after.length > 0 || (ended && line.trim() !== '' && !STAMP.test(line))) after.push(line);
    else if (STAMP.test(line) || entries.length === 0) entries.push([line]);
    else entries[entries.length - 1]!.push(line);
    ended = entries.length > 0 && line.trim() === '';
  }
  if (entries.filter((e) => STAMP.test(e[0]!)).length < 2) return undefined;
  // An entry stamped the same day within a minute of the one before is the same act (a note, then the field change the tool logs with it): one part.
  const acts: string[][] = [];
  entries.forEach((e, i) => {
    if (i > 0 && sameAct(e[0]!, entries[i - 1]![0]!)) acts[acts.length - 1]!.push(...e);
    else acts.push([...e]);
  });
  const newestFirst = acts.map((e) => e.join('\n').trim()).reverse();
  const head = lines
    .slice(0, title + 1)
    .join('\n')
    .trim();
  return [after.join('\n').trim(), ...newestFirst, head].filter((p) => p.length > 0);
}
