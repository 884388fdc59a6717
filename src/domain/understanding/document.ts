// Documents keep what no longer holds beside what does. A licensing table pasted from a report keeps its old rows: a row whose status cell says it no
// longer holds ("closed – cancelled 08/2024", «заменено (см. стр. 4)», "已被取代（见第 5 行）",
// "substituído pelo item 3", "felülírva") tells what was, not what is. Its answers are background:
// they answer only what no row that holds does. The column such a status stands in is the status
// column: a row's "open" there is its status, not the Open licence.
import { jsonFields } from './jsonFields';
import { CompiledLexicon } from './compile';
import { withoutFormHints } from './form';
import { Span, StructuredMention, matches } from './structure';
import { PreparedText, prepare } from './text';
import { withoutPlaceholders } from './placeholder';
import { withoutRequestAddresses } from './requestLine';
import { chatWidget } from './chatWidget';
import { dictatedText } from './dictated';

/** A cell separator of a pasted table: a bar (also the box-drawing one) or a tab. */
const CELL = /[|│\t]/u;

/** Whether a cell opens with a word of a status that no longer holds ("未关闭", not closed, does not). */
function closes(cell: string, lexicons: readonly CompiledLexicon[]): boolean {
  const text = prepare(cell).text;
  return lexicons.some((l) => matches(l.closedStatus, text).some((w) => w.start === 0));
}

/** The rows of a pasted table (lines of three cells or more), each cell with its place in the text. */
export function tableRows(text: string): Array<Array<Span & { words: string }>> {
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

/**
 * The places of a pasted table's rows in the prepared text. Folding joins the rows with commas into one
 * sentence, so a reading that looks across its sentence ("revenda local, não CSP" beside a channel) would
 * take the row above for its own: each row is a statement of its own.
 */
export function tableRowSpans(text: string, prepared: PreparedText): Span[] {
  const rows = tableRows(text).map((cells) => ({ start: cells[0]!.start, end: cells[cells.length - 1]!.end }));
  const spans = rows.map(() => ({ start: Infinity, end: -Infinity }));
  if (rows.length === 0) return [];
  prepared.origin.forEach((at, i) => {
    const k = rows.findIndex((r) => at >= r.start && at < r.end);
    if (k >= 0) [spans[k]!.start, spans[k]!.end] = [Math.min(spans[k]!.start, i), Math.max(spans[k]!.end, i + 1)];
  });
  return spans.filter((s) => s.end > s.start);
}

/** What a document's layout tells: its table rows marked closed, and the roles labelling a who-is-who list's rows. */
export function readLayout(text: string, prepared: PreparedText, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  closedRows(text, prepared, mentions, lexicons);
  roleLabels(text, prepared, mentions, lexicons);
}

/** Marks as background the mentions of the table rows marked closed, and drops the words of their status column. */
function closedRows(text: string, prepared: PreparedText, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const rows = tableRows(text);
  const status = new Set(rows.flatMap((cells) => cells.flatMap((c, k) => (closes(c.words, lexicons) ? [k] : []))));
  const inside = (m: StructuredMention, s: Span): boolean => {
    const at = prepared.origin[m.start]!;
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

/** A line labelled (after a bullet or a number): a few words, then a colon or a dash. */
const LABEL = /^[ \t]*(?:[-*•·>]|\d+[.)])?[ \t]*[^\n:：–—]{1,40}(?:[:：]|[—–]| - )/gmu;
const LINE_START = /(?:^|\n)[ \t]*(?:[-*•·>]|\d+[.)])?[ \t]*$/u;
/** The rest of a label after its role: a name in brackets, then the colon or dash. */
const AFTER_ROLE = /^(?: ?[(（][^)）\n]*[)）])?[ \t]*(?:[:：]|[—–]| - )[ \t]*/u;

/**
 * A who-is-who list labels its rows with the parties' roles ("Distributor: Northstar", "- Distributor
 * (Pacific Dist.): not involved"): a role that opens a line, then a colon or a dash, names the row's
 * party, not this partner's role, unless the row says it is us ("Distributor: us", "Дистрибьютор: мы").
 * Only in a list (two labelled lines or more): a message opening "Indirect reseller – buying through
 * Ingram" is ours.
 */
function roleLabels(text: string, prepared: PreparedText, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  if ((text.match(LABEL) ?? []).length < 2) return;
  const ours = lexicons.flatMap((l) => matches(l.self, prepared.text)).map((s) => prepared.origin[s.start]);
  for (const m of mentions) {
    if (m.question !== 'partnerType' || !LINE_START.test(text.slice(0, prepared.origin[m.start]))) continue;
    const end = prepared.origin[m.end - 1]! + 1;
    const label = AFTER_ROLE.exec(text.slice(end));
    if (label !== null && !ours.includes(end + label[0].length)) [m.question, m.implies] = [undefined, []];
  }
}

/** Where each opening quotation mark closes. */
const QUOTES: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '”', '「': '」', '『': '』' };
const CLOSING = /["”»“」』]\s*$/u;
const QUOTE_MARK = /^["“”«»„「」『』]$/u;
/** What every struck shape needs: a colon after the word, or a quotation mark beside it. */
const STRUCK_MARK = /[:："“”«»„「」『』]/u;

/**
 * A redline keeps the words struck beside the words that replace them: "[struck: direct-bill CSP]
 * [inserted: indirect reseller]", a line "Struck: "…"", "counsel struck "…" and replaced it with
 * "…"", «[удалено: …]», "o cliente riscou "…"", "törölve: „…”", "原文第 1.2 条：“…”". The struck words
 * are blanked (with spaces, so every other word keeps its place): they are no statement. The
 * clauses quoted in a redline, their quotation marks blanked too, are the partner's own contract,
 * not another party's words quoted. An insertion ("[inserted: …]", "[inserido: …]", "[插入：…]") keeps
 * its words, without its label and brackets, which would make them an aside.
 */
export function withoutStruck(text: string, lexicons: readonly CompiledLexicon[]): string {
  // Most messages hold neither: they are spared preparing the text once more.
  if (!STRUCK_MARK.test(text)) return text;
  const prepared = prepare(text);
  const found = lexicons.flatMap((l) => matches(l.struck, prepared.text));
  const inserted = lexicons.flatMap((l) => matches(l.inserted, prepared.text));
  if (found.length === 0 && inserted.length === 0) return text;
  const out = text.split('');
  let struck = false;
  const blank = (from: number, to: number): void => {
    struck = true;
    for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  for (const f of found) {
    const [start, end] = [prepared.origin[f.start]!, prepared.origin[f.end - 1]! + 1];
    // Only the word's own line is looked at: a redline's marks never cross a line break.
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
    const [before, after] = [text.slice(lineStart, start), text.slice(end, lineEnd)];
    const close = after.indexOf(']');
    if (/\[\s*$/u.test(before) && /^\s*[:：]/u.test(after) && close >= 0) blank(lineStart + before.lastIndexOf('['), end + close + 1);
    else if (/^[\s*•-]*$/u.test(before) && /^\s*[:：]/u.test(after)) blank(start, lineEnd);
    else {
      // A quotation struck: after the word ("struck "…"") or before it (""…" struck").
      const opening = /^\s*(["“«„「『])/u.exec(after);
      if (opening !== null) {
        const from = end + opening[0].length;
        const to = text.indexOf(QUOTES[opening[1]!]!, from);
        if (to >= 0 && to < lineEnd) blank(from - 1, to + 1);
      } else if (CLOSING.test(before)) {
        const mark = lineStart + before.trimEnd().length - 1;
        const pair = Object.entries(QUOTES).find(([, c]) => c === text[mark]);
        const from = pair === undefined ? -1 : text.lastIndexOf(pair[0], mark - 1);
        if (from >= lineStart) blank(from, mark + 1);
      }
    }
  }
  // An insertion's label and brackets are blanked: its words read in the sentence they were put in.
  for (const f of inserted) {
    const [start, end] = [prepared.origin[f.start]!, prepared.origin[f.end - 1]! + 1];
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const colon = /^\s*[:：]/u.exec(text.slice(end));
    const close = text.indexOf(']', end);
    if (!/\[\s*$/u.test(text.slice(lineStart, start)) || colon === null || close < 0 || text.slice(end, close).includes('\n')) continue;
    blank(text.lastIndexOf('[', start), end + colon[0].length);
    blank(close, close + 1);
  }
  return struck ? out.map((ch) => (QUOTE_MARK.test(ch) ? ' ' : ch)).join('') : text;
}

/** The words a document states: without a redline's struck words, a form's hints beside its answers, nor a pasted request's address. */
export function plainText(text: string, lexicons: readonly CompiledLexicon[]): string {
  // Dictated and form-like text first, in its written form (dictated.ts); then a chat widget's log: its bot's turns go before their buttons read as a form's options (chatWidget.ts).
  return withoutFormHints(withoutStruck(withoutPlaceholders(withoutRequestAddresses(chatWidget(dictatedText(jsonFields(text))))), lexicons), lexicons);
}
