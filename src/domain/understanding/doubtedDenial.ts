// A denial said under a doubt ("I think it's not EA", «думаю, не EA», "szerintem nem EA", "acho
// que não é EA", "好像不是EA") after the same value was stated plainly (a record's field, an
// earlier sentence) takes nothing back for sure: the value is doubted, asked back by name, not
// dropped. A denial said with no such plain statement before it still sets nothing.

import type { CompiledLexicon } from './compile';
import { matches } from './structure';
import type { Said } from './takenBack';
import { distance, sentenceOf } from './text';

/** How many words may stand between the doubt and its "not" ("I think it is not"). */
const DOUBT_REACH = 3;

export function doubtedDenials(text: string, mentions: Said[], lexicons: readonly CompiledLexicon[]): void {
  const hedges = lexicons.flatMap((l) => matches(l.hedges, text));
  const negators = lexicons.flatMap((l) => matches(l.negateBefore, text));
  const named = mentions.filter((m) => m.question !== undefined);
  for (const m of named) {
    if (!m.negated) continue;
    const { start } = sentenceOf(text, m.start);
    const not = negators.filter((n) => n.end <= m.start && n.start >= start).pop();
    if (not === undefined || /[,.?;:]/u.test(text.slice(not.end, m.start))) continue;
    // The doubt opens the denial's clause: nothing named between them, no clause closed.
    const doubt = hedges.filter((h) => h.end <= not.start && h.start >= start).pop();
    if (doubt === undefined || named.some((o) => o.start >= doubt.end && o.end <= not.start)) continue;
    const gap = text.slice(doubt.end, not.start);
    // A comma only after a doubt that opens its clause («думаю, у них не EA»), not "move when possible, not just support".
    const opens = /(?:^|[,:]) ?$/u.test(text.slice(start, doubt.start));
    if (/[.?;:]/u.test(gap) || (gap.includes(',') && !opens) || distance(gap) > DOUBT_REACH) continue;
    const plain = named.filter((o) => o.question === m.question && o.option === m.option && !o.negated && o.end <= start);
    if (plain.length === 0) continue;
    m.negated = false;
    for (const o of [...plain, m]) o.hedged = true;
  }
}
