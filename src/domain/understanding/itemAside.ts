// An aside that ends a list item ("2. Microsoft 365 — bought on a card (staying as is, not in
// scope)", "3. … on Open Value — different tenant, ignore.") sets the whole item aside: a list's
// line is its own point, so what the aside dismisses is that line, not only the clause or the
// bracket it stands in (structure.ts `dismissAsides` stops at both). Only an item of one sentence.
import { CompiledLexicon } from './compile';
import { Span, StructuredMention, dismissAsides, matches } from './structure';

/** Nothing but stops, commas and closing brackets (folded to commas) after the aside on its line. */
const ITEM_END = /^[ ,.]*$/u;
/** One sentence from the item's mark to the aside: a longer item ("I asked him: … He said: …, later") keeps its clauses. */
const ONE_SENTENCE = /^[-*•·\d ,.)]*[^.?]*$/u;

export function dismissAsidesAndItems(
  text: string,
  mentions: StructuredMention[],
  lexicons: readonly CompiledLexicon[],
  brackets: readonly Span[],
  items: readonly Span[],
): void {
  dismissAsides(text, mentions, lexicons, brackets);
  if (items.length === 0) return;
  for (const d of lexicons.flatMap((l) => matches(l.dismiss, text))) {
    const item = items.find(
      (i) => i.start <= d.start && d.end <= i.end && ITEM_END.test(text.slice(d.end, i.end)) && ONE_SENTENCE.test(text.slice(i.start, d.start)),
    );
    if (item === undefined) continue;
    for (const m of mentions) {
      if (m.start >= item.start && m.end <= d.start) {
        m.question = undefined;
        m.implies = [];
      }
    }
  }
}
