// Options quoted from minutes and the decision written after the quote ('Steering committee:
// "(a) take over billing, or (b) support only." Decision: option (b)', "Comitê: "(a) …; (b) …"
// Escolhida a última", "CAB: „a) …; b) …” Az utóbbit hagyták jóvá"): the quote is the record's
// own options, not another party's older statement, so it is read with the decision after it
// (numberedOptions.ts keeps the option named) rather than apart as an older part.
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { prepare } from './text';

const REFERENCE = compilePatterns(
  LEXICONS.flatMap((l) => [...(l.structure?.first ?? []), ...(l.structure?.second ?? [])]),
  'structure.first/second',
);
/** An option's mark: "(a)", "a)", "(1)", "1)" after a space, a quote or a colon. */
const FIRST_MARK = /(?:^|[\s:;,"“„«(])\(?[a1]\)\s/u;
const SECOND_MARK = /(?:^|[\s:;,"“„«(])\(?[b2]\)\s/u;
/** How far after the quote the decision may stand. */
const DECISION_REACH = 60;

/** Whether quoted words list two marked options and the words after the quote pick one. */
export function optionsDecidedAfter(words: string, after: string): boolean {
  if (!FIRST_MARK.test(words) || !SECOND_MARK.test(words)) return false;
  const text = prepare(after.slice(0, DECISION_REACH)).text;
  REFERENCE.lastIndex = 0;
  return REFERENCE.test(text);
}
