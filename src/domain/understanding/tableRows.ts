// A licensing table pasted from a report keeps its old rows: a row whose status cell says it no
// longer holds ("closed – cancelled 08/2024", «заменено (см. стр. 4)», "已被取代（见第 5 行）",
// "substituído pelo item 3", "felülírva") tells what was, not what is. Its answers are background:
// they answer only what no row that holds does. The column such a status stands in is the status
// column: a row's "open" there is its status, not the Open licence.
import { CompiledLexicon } from './compile';
import { Span, StructuredMention, matches } from './structure';
import { PreparedText, prepare } from './text';

/** A cell separator of a pasted table: a bar (also the box-drawing one) or a tab. */
const CELL = /[|│\t]/u;

/** Whether a cell opens with a word of a status that no longer holds ("未关闭", not closed, does not). */
function closes(cell: string, lexicons: readonly CompiledLexicon[]): boolean {
  const text = prepare(cell).text;
  return lexicons.some((l) => matches(l.closedStatus, text).some((w) => w.start === 0));
}

/** The rows of a pasted table (lines of three cells or more), each cell with its place in the text. */
function tableRows(text: string): Array<Array<Span & { words: string }>> {
  const rows: Array<Array<Span & { words: string }>> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const cells: Array<Span & { words: string }> = [];
    let at = start;
    for (const words of line.split(CELL)) {
      cells.push({ start: at, end: at + words.length, words });
      at += words.length + 1;
    }
    if (cells.length >= 3) rows.push(cells);
    start += line.length + 1;
  }
  return rows;
}

/** Marks as background the mentions of the table rows marked closed, and drops the words of their status column. */
export function closedRows(text: string, prepared: PreparedText, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const rows = tableRows(text);
  const status = new Set(rows.flatMap((cells) => cells.flatMap((c, k) => (k > 0 && closes(c.words, lexicons) ? [k] : []))));
  const inside = (m: StructuredMention, s: Span): boolean => {
    const at = prepared.origin[m.start] ?? -1;
    return at >= s.start && at < s.end;
  };
  for (const cells of rows) {
    const row = { start: cells[0]!.start, end: cells[cells.length - 1]!.end };
    const closed = cells.some((c, k) => status.has(k) && closes(c.words, lexicons));
    for (const m of mentions.filter((m) => inside(m, row))) {
      if (closed) m.background = true;
      if (cells.some((c, k) => status.has(k) && inside(m, c))) [m.question, m.implies] = [undefined, []];
    }
  }
}

/**
 * A who-is-who list labels its rows with the parties' roles ("Distributor: Northstar", "- Distributor
 * (Pacific Dist.): not involved"): a role that opens a line, followed by a colon or a dash, names the
 * row's party, not this partner's role (that row is "Us: …"; a row "Distributor: us" is ours). Only in a
 * list (two labelled lines or more): a message opening "Indirect reseller – buying through Ingram" is ours.
 */
export function roleLabels(input: string, prepared: PreparedText, mentions: StructuredMention[]): void {
  if ((input.match(/^[ \t]*([-*•·>]|\d+[.)])?[ \t]*[^\n:：–—]{1,40}([:：]|[—–]| - )/gmu) ?? []).length < 2) return;
  for (const m of mentions) {
    const [from, last] = [prepared.origin[m.start], prepared.origin[m.end - 1]];
    if (m.question !== 'partnerType' || from === undefined || last === undefined) continue;
    if (!/(^|\n)[ \t]*([-*•·>]|\d+[.)])?[ \t]*$/u.test(input.slice(0, from))) continue;
    const rest = /^(?: ?[(（][^)）\n]*[)）])?[ \t]*(?:[:：]|[—–]| - )[ \t]*(\S*)/u.exec(input.slice(last + 1));
    if (rest !== null && !/^(us|we|ourselves|yes)\b/i.test(rest[1] ?? '')) [m.question, m.implies] = [undefined, []];
  }
}
