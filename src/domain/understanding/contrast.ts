// "Not X …, but Y": the clause a negation opens runs to the comma before the word that gives the
// answer instead (split from negation.ts, near its size limit).
import type { NegatableMention } from './negation';
import type { Span } from './structure';
import { distance } from './text';

/** How many words may stand between the negated answer and its repetition in the same clause. */
const CLAUSE_GAP = 5;

/**
 * «Не перенос к нам как к партнёру записи, а только поддержка», "not a move to us as partner of
 * record, but support only": the negated clause ends at the comma before «а» / "but" / "hanem";
 * the same answer named again inside it ("partner of record" after "move") is negated with it,
 * not said beside the answer given instead. Only when that clause is closed by a comma and a joining word.
 */
export function negateContrastedClause(text: string, mentions: Array<NegatableMention & { option: string }>, joins: readonly Span[]): void {
  for (const a of mentions) {
    if (!a.negated || a.question === undefined) continue;
    for (const b of mentions) {
      if (b.negated || b.start < a.end || b.question !== a.question || b.option !== a.option) continue;
      const gap = text.slice(a.end, b.start);
      if (/[,.?;:!]/u.test(gap) || distance(gap) > CLAUSE_GAP || joins.some((j) => j.start >= a.end && j.end <= b.start)) continue;
      // The clause closes right after it: a comma, then a joining word.
      const close = /^[^,.?;:!]{0,40}?,\s?/u.exec(text.slice(b.end));
      if (close !== null && joins.some((j) => j.start === b.end + close[0].length)) b.negated = true;
    }
  }
}
