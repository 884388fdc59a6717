// A table pasted from a project plan (a RACI matrix, a responsibility grid) names its parties in
// its header row: "Ügyfél | Mi (viszonteladó) | Disztribútor (Pannon) | Régi CSP". Those cells are
// column names, each party's, not a statement of the partner's own role beside them: a role there
// answers only when nothing else in the message does (the sentence under the table, "we buy
// through the distributor as a reseller", says the partner's own).
import { StructuredMention } from './structure';
import { PreparedText } from './text';

/** Cells of a table line: a tab or a bar between them (space-aligned text is too often prose). */
const CELL_GAP = /\t|[|│]/gu;

/** How many cells a line has, counting a bar-only edge as none. */
function cellCount(line: string): number {
  return line.split(CELL_GAP).filter((c) => c.trim() !== '').length;
}

/** The header rows' offsets: the first line of each run of two lines or more of three cells or more. */
function headerRows(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const lines = text.split('\n');
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const table = cellCount(line) >= 3;
    const before = i > 0 && cellCount(lines[i - 1]!) >= 3;
    const after = i + 1 < lines.length && cellCount(lines[i + 1]!) >= 3;
    if (table && !before && after) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}

/** The partner-type mentions in a table's header row become background (see above). */
export function roleTableHeaders(text: string, prepared: PreparedText, mentions: StructuredMention[]): void {
  if (!mentions.some((m) => m.question === 'partnerType') || !/[|│\t]/u.test(text)) return;
  const rows = headerRows(text);
  for (const m of mentions) {
    const at = prepared.origin[m.start];
    if (m.question === 'partnerType' && at !== undefined && rows.some((r) => at >= r.start && at < r.end)) m.background = true;
  }
}
