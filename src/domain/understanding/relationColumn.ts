// A listing pasted from a tool keeps, in a column of its own, how each party listed stands to the
// tenant or to us: the admin center's "Partner relationships" page ("Northwind   Indirect reseller"),
// the partner's own customer list ("Contoso Ltd.   Reseller, GDAP"). The roles in that column are
// the rows' parties' relationships, not the partner's statement of its own role.
import { CompiledLexicon } from './compile';
import { StructuredMention, matches } from './structure';
import { PreparedText, prepare } from './text';

/** Cells of a listing's line: split by a tab, a bar, or two spaces or more (space-aligned columns). */
const CELL_GAP = /\t|[|│]|[ \u00a0]{2,}/gu;

/** A cell's place in its line, or a row's in the text. */
interface Column {
  start: number;
  end: number;
}

/** The cells of one line, each with its offset in the line. */
function cells(line: string): Column[] {
  const out: Column[] = [];
  let at = 0;
  for (const gap of line.matchAll(CELL_GAP)) {
    if (gap.index > at) out.push({ start: at, end: gap.index });
    at = gap.index + gap[0].length;
  }
  if (at < line.length && line.slice(at).trim() !== '') out.push({ start: at, end: line.length });
  return out;
}

/**
 * The partner-type mentions in the rows of a listing with a relationship column (its header a word
 * of `relationColumn`: "Relationship", "Kapcsolat", "Relacionamento", «Отношения», "关系") lose
 * their question: each row is one listed party, its name ("Tisza Disztri Kft.") and its
 * relationship ("Indirect provider") both its own. The rows are the lines of two cells or more
 * that follow the header with no line of fewer between.
 */
export function relationColumn(text: string, prepared: PreparedText, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  if (!mentions.some((m) => m.question === 'partnerType')) return;
  let lineStart = 0;
  let inListing = false;
  const spans: Column[] = [];
  for (const line of text.split('\n')) {
    const row = cells(line);
    if (row.length < 2) inListing = false;
    else if (inListing) spans.push({ start: lineStart, end: lineStart + line.length });
    else
      inListing = row.some((c) => {
        const words = prepare(line.slice(c.start, c.end)).text.trim();
        return lexicons.some((l) => matches(l.relationColumn, words).some((s) => s.start === 0 && s.end === words.length));
      });
    lineStart += line.length + 1;
  }
  if (spans.length === 0) return;
  for (const m of mentions) {
    const at = prepared.origin[m.start];
    if (m.question === 'partnerType' && at !== undefined && spans.some((s) => at >= s.start && at < s.end)) [m.question, m.implies] = [undefined, []];
  }
}
