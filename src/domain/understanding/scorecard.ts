// A vendor scorecard pasted as a table ("| Vendor | Price | Support | Total |", "Suporte | 40% | 9 | 6"):
// its criteria are column or row labels, not what the customer wants. A goal word that alone fills a
// cell of a table scored in numbers (a row with two number cells or more) names a criterion, and
// states no goal; the selected vendor's words below it ("assumes billing of all seats") still do.
import { tableRows } from './document';
import { StructuredMention } from './structure';
import { PreparedText } from './text';

/** A score: a number, a percentage or a weight ("4", "8,5", "30%"). */
const SCORE = /^\d{1,3}(?:[.,]\d{1,2})?\s?%?$/u;
/** What may stand beside the label in its cell: spaces, a stop, a colon. */
const LABEL_REST = /^[\s.:]*$/u;

export function scorecardCriteria(text: string, prepared: PreparedText, mentions: StructuredMention[]): void {
  if (!text.includes('|') || !mentions.some((m) => m.question === 'goal')) return;
  const rows = tableRows(text);
  if (!rows.some((cells) => cells.filter((c) => SCORE.test(c.words.trim())).length >= 2)) return;
  const cells = rows.flat();
  for (const m of mentions) {
    if (m.question !== 'goal') continue;
    const start = prepared.origin[m.start];
    const last = prepared.origin[m.end - 1];
    if (start === undefined || last === undefined) continue;
    const cell = cells.find((c) => c.start <= start && last < c.end);
    if (cell !== undefined && LABEL_REST.test(text.slice(cell.start, start)) && LABEL_REST.test(text.slice(last + 1, cell.end)))
      [m.question, m.implies] = [undefined, []];
  }
}
