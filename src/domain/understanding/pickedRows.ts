// A pasted table (CSV, TSV, space-aligned columns, a Partner Center customer list) often holds
// rows of another customer, tenant or product beside the case's: "The case is Lakeside only",
// «Нас интересует Сайрам Фудс», "a jegy csak a Debreceni Nyomdáé", "We're only taking over the
// Azure line". The comment around the table picks rows by a word only those rows hold (a name, a
// tenant, a product): the first clause of the comment that names such words picks the rows holding
// them all, and the other data rows' mentions lose their question, as another case's words do.
// Language-independent: no lexicon words, only the table's layout and the rows' own words.
import type { CompiledLexicon } from './compile';
import { StructuredMention, matches } from './structure';
import { PreparedText, prepare } from './text';

interface Line {
  start: number;
  end: number;
  cells: string[];
  kind: string;
}

/** The cells of a line, by its separator: a tab, a bar, two spaces or more, or commas (CSV). */
function cellsOf(line: string): { cells: string[]; kind: string } {
  if (line.includes('\t')) return { cells: line.split('\t'), kind: 'tab' };
  if (/[|│]/u.test(line)) return { cells: line.split(/[|│]/u), kind: 'bar' };
  const spaced = line.trim().split(/ {2,}/u);
  if (spaced.length >= 3) return { cells: spaced, kind: 'space' };
  return { cells: line.split(','), kind: 'comma' };
}

/** Runs of three lines or more of three cells or more each, split the same way: a header and its rows. */
function tables(text: string): Line[][] {
  const found: Line[][] = [];
  let run: Line[] = [];
  let at = 0;
  const close = (): void => {
    if (run.length >= 3) found.push(run);
    run = [];
  };
  for (const raw of text.split('\n')) {
    const { cells, kind } = cellsOf(raw);
    const line = { start: at, end: at + raw.length, cells, kind };
    at += raw.length + 1;
    // A CSV's rows keep its header's number of cells: prose with commas does not.
    const fits = cells.length >= 3 && (run.length === 0 || (run[0]!.kind === kind && (kind !== 'comma' || cells.length === run[0]!.cells.length)));
    if (!fits) close();
    if (cells.length >= 3) run.push(line);
  }
  close();
  return found;
}

/** A word that may name a row: four letters or more, or three with a digit ("365"); shorter ones are function words. */
const keyWord = (w: string): boolean => w.length >= 4 || (w.length === 3 && /[0-9]/u.test(w));

/**
 * The words of a row's first cell, its key (a customer, a tenant, a product), when it holds letters:
 * a report's rows open with a number ("1 | …", "L2 | …") and name no case.
 */
function wordsOf(cells: readonly string[]): Set<string> {
  const key = cells.find((c) => c.trim() !== '') ?? '';
  return new Set(
    /\p{L}{2}/u.test(key)
      ? prepare(key)
          .text.split(/[ ,.?]+/u)
          .filter(keyWord)
      : [],
  );
}

/** Whether a comment's word names a row's word: the same, or inflected ("Сайрам Фудсу", "Nyomdáé"). */
function names(word: string, rowWord: string): boolean {
  if (word === rowWord) return true;
  const stem = rowWord.length >= 6 ? rowWord.slice(0, rowWord.length - 2) : rowWord;
  return rowWord.length >= 4 && word.startsWith(stem) && word.length <= rowWord.length + 2;
}

/** Takes the question from every mention in the rows given. */
function setAside(mentions: StructuredMention[], prepared: PreparedText, rows: ReadonlyArray<{ start: number; end: number }>): void {
  for (const m of mentions) {
    const at = prepared.origin[m.start];
    if (at === undefined || m.question === undefined || !rows.some((r) => at >= r.start && at < r.end)) continue;
    m.question = undefined;
    m.implies = [];
  }
}

/** Whether a cell is a status saying its row no longer holds: the lexicons' closed status, and nothing else. */
function closedCell(cell: string, lexicons: readonly CompiledLexicon[]): boolean {
  const text = prepare(cell).text.trim();
  return text !== '' && lexicons.some((l) => matches(l.closedStatus, text).some((w) => w.start === 0 && w.end >= text.length));
}

/** Whether a clause sets what it names aside: another case's words or a dismissal ("not in scope", «не наш клиент»). */
function setsAside(clause: string, lexicons: readonly CompiledLexicon[]): boolean {
  const text = prepare(clause).text;
  return lexicons.some((l) => [l.dismiss, l.otherCase].some((r) => r !== undefined && matches(r, text).length > 0));
}

export function pickedRows(text: string, prepared: PreparedText, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  if (!text.includes('\n')) return;
  for (const table of tables(text)) {
    const header = wordsOf(table[0]!.cells);
    const rows = table.slice(1).map((l) => ({ ...l, words: wordsOf(l.cells) }));
    // A row whose status cell says it no longer holds ("Superseded", «Аннулирован», "已作废"), when another row still holds,
    // is no statement: its mentions lose their question, whatever names the rows.
    const closed = rows.filter((r) => r.cells.some((c) => closedCell(c, lexicons)));
    if (closed.length > 0 && closed.length < rows.length) setAside(mentions, prepared, closed);
    const data = rows.filter((r) => r.words.size > 0);
    if (data.length < 2) continue;
    // A row's own words: in some data rows, not all, nor in the header.
    const own = new Map<string, Set<number>>();
    data.forEach((r, k) => {
      for (const w of r.words) if (!header.has(w)) own.set(w, (own.get(w) ?? new Set()).add(k));
    });
    for (const [w, ks] of own) if (ks.size === data.length) own.delete(w);
    const comment = `${text.slice(0, table[0]!.start)}\n${text.slice(table[table.length - 1]!.end)}`;
    const named = own.size > 0 ? pick(comment, own, lexicons) : { aside: new Set<number>() };
    const { aside } = named;
    // Rows the comment does not name may be marked in the table itself: a star, a pointing hand or an arrow.
    const picked = named.picked ?? markedRows(data);
    if (picked === undefined && aside.size === 0) continue;
    if (picked !== undefined && picked.size === data.length) continue;
    const rowOf = (m: StructuredMention): number => {
      const at = prepared.origin[m.start];
      return at === undefined ? -1 : data.findIndex((r) => at >= r.start && at < r.end);
    };
    for (const m of mentions) {
      const row = rowOf(m);
      if (row < 0 || m.question === undefined) continue;
      if (!aside.has(row) && (picked === undefined || picked.has(row))) continue;
      m.question = undefined;
      m.implies = [];
    }
  }
}

/**
 * A mark that points at a row, not a word of any language: a star, a pointing hand, an arrow
 * ("←", "<--", "<<<", "==>") or an asterisk, opening the row or standing at its end (its last cell,
 * or after the last cell's words). Ticks are left out, as a column of them marks many rows. At the
 * row's end an arrow points back at it: one pointing on to words ("EA -> CSP", "Open → CSP",
 * "→ CSP") is a change from one value to another, not a mark; one pointing back may have a few words
 * after it ("<-- ours", "← this one").
 */
const BACK = '(?:[★☆⭐✱*👉👈⬅←⇐◀◄]|<{2,}|<-+)';
const ON = '(?:[➡→⇒►▶]|=+>|-+>|>{2,})';
const OPENS = new RegExp(`^\\s*(?:${BACK}|${ON})`, 'u');
const ENDS = new RegExp(`^\\s*${BACK}|(?:^|\\s)${BACK}(?:\\s*\\p{L}{1,8}){0,3}\\s*$|(?:^|\\s)${ON}\\s*$`, 'u');

/** The data rows holding a mark, when some do and others do not. */
function markedRows(data: ReadonlyArray<{ cells: readonly string[] }>): Set<number> | undefined {
  const marked = new Set<number>();
  data.forEach((r, k) => {
    const cells = r.cells.filter((c) => c.trim() !== '');
    if (cells.length > 0 && (OPENS.test(cells[0]!) || ENDS.test(cells[cells.length - 1]!))) marked.add(k);
  });
  return marked.size > 0 && marked.size < data.length ? marked : undefined;
}

/**
 * The rows the comment sets aside (named in a clause with another case's words or a dismissal), and
 * the rows the first other clause naming rows' own words picks: those holding them all, but the
 * rows set aside ("(Balaton Borászat)" above the table does not pick the "Balaton Panzió" row the
 * comment sets aside). None picked when the clause names rows apart.
 */
function pick(comment: string, own: ReadonlyMap<string, Set<number>>, lexicons: readonly CompiledLexicon[]): { picked?: Set<number>; aside: Set<number> } {
  const aside = new Set<number>();
  const picks: Array<Set<number>> = [];
  for (const sentence of comment.split(/[\n.!?。！？]+/u)) {
    const clauses = sentence.split(/[,;:()«»"“”，；：（）]+/u);
    for (const [k, clause] of clauses.entries()) {
      const rows = named(clause, own);
      if (rows === undefined) continue;
      // What sets the rows aside stands in their clause or after it in the sentence ("the Pinecrest rows, different customer").
      if (setsAside(clauses.slice(k).join(' , '), lexicons)) rows.forEach((r) => aside.add(r));
      else picks.push(rows);
    }
  }
  for (const rows of picks) {
    const left = [...rows].filter((r) => !aside.has(r));
    if (rows.size === 0) return { aside };
    if (left.length > 0) return { picked: new Set(left), aside };
  }
  return { aside };
}

/** Word breaks, and where Chinese meets Latin letters: the prepared text joins them ("这次只接azure"). */
const BREAK = /[ ,.?]+|(?<=\p{Script=Han})(?=[a-z0-9])|(?<=[a-z0-9])(?=\p{Script=Han})/u;

/** The rows holding every own word a clause names, if it names any. */
function named(clause: string, own: ReadonlyMap<string, Set<number>>): Set<number> | undefined {
  let rows: Set<number> | undefined;
  for (const w of prepare(clause).text.split(BREAK)) {
    if (!keyWord(w)) continue;
    for (const [rowWord, ks] of own) {
      if (!names(w, rowWord)) continue;
      rows = rows === undefined ? new Set(ks) : new Set([...rows].filter((k) => ks.has(k)));
    }
  }
  return rows;
}
