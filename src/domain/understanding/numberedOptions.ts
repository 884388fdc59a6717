// "Two options: (1) take over the billing, (2) only administer. They chose the latter.": options
// numbered one after the other on a line are offered one against the other, as "or" offers them
// (structure.ts resolveAlternatives), so a reference after them ("the latter", "a última",
// "后者", "az utóbbi") keeps the one it names. Without a reference both stay, and the reader asks.
import { CompiledLexicon } from './compile';
import { LEXICONS } from './lexicon';
import { optionsWeighed } from './optionsWeighed';
import { StructuredMention, referenceAfter } from './structure';
import { PreparedText } from './text';

/** An option's number or letter just before its words ("(1) ", "2) ", "b) "), at most three words before the mention ("(a) parceiro só dá suporte"). */
// A digit with a stop ("1. EA  2. MPSA", a form cell's options) numbers as its bracket does.
// The last number on the line is the option's ("1. EA 2. Open": Open is 2).
const NUMBERED = /^.*(?:^|[\s:;,："“„«])(?:\(?([1-9]|[a-d])\)|([1-9])\.)\s+(?:[^\s()]+\s+){0,3}$/u;
/** A literal word of a pattern. */
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/**
 * Options numbered in words in minutes: "方案一：合作伙伴接管计费；方案二：仅运维" (the lexicons'
 * `structure.optionMark` and `placeNumerals`; the option's words at most eight characters after its mark).
 */
const WORD_NUMBERED = LEXICONS.flatMap((l) => {
  const marks = l.structure?.optionMark ?? [];
  const places = l.structure?.placeNumerals ?? [];
  if (marks.length === 0 || places.length === 0) return [];
  const pattern = new RegExp(`(?:${marks.map(escape).join('|')})(${places.map(escape).join('|')})[：:，,]?\\s*[^\\s，。；;,.]{0,8}$`, 'u');
  return [{ pattern, places }];
});
/** How far back on its line an option's number may stand. */
const NUMBER_REACH = 40;

/** The option's place (1 for "(1)" or "a)"), read from the original words before `at`, if it is numbered. */
export function optionNumber(input: string, at: number | undefined): number | undefined {
  if (at === undefined) return undefined;
  const line = input.slice(Math.max(0, at - NUMBER_REACH), at);
  const last = line.slice(line.lastIndexOf('\n') + 1);
  const m = NUMBERED.exec(last);
  if (m === null) {
    for (const w of WORD_NUMBERED) {
      const named = w.pattern.exec(last);
      if (named !== null) return w.places.indexOf(named[1]!) + 1;
    }
    return undefined;
  }
  const mark = m[1] ?? m[2]!;
  return /\d/.test(mark) ? Number(mark) : mark.charCodeAt(0) - 96;
}

/** Two numbered options of one question, the second numbered right after the first, settled by a reference after them. */
export function numberedOptions(input: string, prepared: PreparedText, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  optionsWeighed(input, prepared, mentions, lexicons);
  const text = prepared.text;
  const numberOf = (m: StructuredMention): number | undefined => optionNumber(input, prepared.origin[m.start]);
  const numbered = mentions.filter((m) => m.question !== undefined && !m.negated && numberOf(m) !== undefined);
  for (const a of numbered)
    for (const b of numbered) {
      if (b.start <= a.end || a.question !== b.question || a.option === b.option || numberOf(b) !== numberOf(a)! + 1) continue;
      // A third option beside the two ("1. EA 2. CSP 3. shop"): which one "the second" or "the last" names is not the pair's to say, the reader asks.
      if (
        numbered.some(
          (c) => c.question === a.question && c.option !== a.option && c.option !== b.option && [numberOf(a)! - 1, numberOf(b)! + 1].includes(numberOf(c)!),
        )
      )
        continue;
      // A sentence's end between them parts them; the stop a letter's bracket leaves ("b)" prepared as "b .") does not.
      if (
        text
          .slice(a.end, b.start)
          .replace(/(?:^| )[a-d1-9] \./gu, '')
          .includes('.')
      )
        continue;
      const ref = referenceAfter(text, b.end, lexicons);
      if (ref === undefined) continue;
      const dropped = ref.kept === 'first' ? b : a;
      [dropped.question, dropped.implies] = [undefined, []];
    }
}
