// What the original layout says around a role the reader weighs: a bracket before or after it, a
// label's colon, a capitalised name (split from understand.ts; the rules are in parties.ts).
import type { PreparedText } from './text';
import type { StructuredMention } from './structure';

/** The layout questions the role rules ask of the original text, each at a point of the prepared text. */
export function roleLayout(text: string, prepared: PreparedText, mentions: readonly StructuredMention[]) {
  // The gloss's bracket is the character there (a pause) or the one just before it (a gloss read inline).
  const bracketAt = (at: number): boolean =>
    /[(（]\s*$/.test(text.slice(0, (prepared.origin[at] ?? -1) + 1)) || /[(（]\s*$/.test(text.slice(0, prepared.origin[at] ?? 0));
  // A closing bracket there, with no mark after it, around the role that ends at `from` or
  // opened right after it on another word for the role ("the distributor (indirect provider) also …").
  const glossCloses = (from: number, at: number): boolean => {
    const close = prepared.origin[at];
    if (close === undefined || (text[close] !== ')' && text[close] !== '）') || /^\s*[,.;:?!，。；：？！]/u.test(text.slice(close + 1))) return false;
    const open = Math.max(text.lastIndexOf('(', close), text.lastIndexOf('（', close));
    const after = prepared.origin[from];
    if (open < 0 || after === undefined || open > after + 1) return false;
    return open < after || mentions.some((o) => o.question === 'partnerType' && !o.negated && o.start >= from && o.end <= at);
  };
  // A word is a line's label when a colon follows it, perhaps after a name in brackets ("Distributor (Pax8):", "**分销商**：").
  const labelEnds = (at: number): boolean =>
    /^[\s*_]*(?:[(（«][^)）»\n]*[)）»][\s*_»)]*)?[:：]/u.test(text.slice((prepared.origin[at - 1] ?? text.length) + 1));
  // A capitalised word before it that opens a bracket or a quote is the name's first word too ("(Nuvem Distribuidora)", "“Nuvem Distribuidora”").
  const nameBefore = (at: number): boolean => /[(（"“«]\p{Lu}\p{L}*[ \t]+$/u.test(text.slice(0, prepared.origin[at] ?? 0));
  const capital = (at: number): boolean => /^\p{Lu}/u.test(text.slice(prepared.origin[at] ?? 0));
  return { bracketAt, glossCloses, labelEnds, nameBefore, capital };
}
