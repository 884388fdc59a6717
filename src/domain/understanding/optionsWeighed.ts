// Options weighed, one a line with their pros and cons under them, and the choice made on the
// line after them ("1) support only / 2) move to us … Decision: the latter", "Move: + margin –
// … / Support: + easy … Outcome: support", «Выбрали второй вариант», "结论：选方案一",
// "Döntés: az utóbbi"): an option not chosen states nothing of what the options differ on. A
// decision line that names a value itself decides alone; one that names neither leaves them.
import { QuestionId } from '../questions';
import { CompiledLexicon, compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { StructuredMention, matches } from './structure';
import { PreparedText } from './text';

/** The words a decision line opens with ("Outcome:", "Decision:", «Итог», "结论", "Decisão", "Döntés"). */
const DECISION = compilePatterns(
  LEXICONS.flatMap((l) => l.structure?.decision ?? []),
  'structure.decision',
);
/** An option's own line: a number or letter and its bracket or stop, or "方案一：". */
const MARKED = /^\s*(?:[-•*]\s+)?(?:\(?(?:[1-9]|[a-dA-D])\)|[1-9][.．]|(?:方案|选项|選項)[一二三四]\s*[：:])\s*\S/u;
/** An option named by a label with its pros after it ("Move to us: + margin, – …"). */
const LABELLED = /^\s*(?:[-•*]\s+)?[^\s:：+＋][^:：\n]{0,38}[:：]\s*[+＋]/u;
/** A line under an option: indented, or a pro or a con ("+ fast", "– only a fee", "优：…"). */
const UNDER = /^(?:\s+\S|\s*(?:[+＋−–—-]\s|优|缺|優))/u;
/** How far into the decision line the decision or the reference to an option may begin. */
const DECISION_REACH = 40;

interface Line {
  start: number;
  end: number;
}

/** The original text's lines, where they start and end. */
function linesOf(input: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of input.split('\n')) {
    lines.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

/** The chosen option's place by a reference on the decision line (0: the line decides itself, undefined: no decision). */
function chosen(text: string, from: number, to: number, count: number, lexicons: readonly CompiledLexicon[]): number | undefined {
  const near = (r: RegExp | undefined): boolean => matches(r, text, from, to).some((s) => s.start - from <= DECISION_REACH);
  for (const l of lexicons) {
    if (near(l.first)) return 1;
    if (count > 2 && near(l.secondOfMany)) return 2;
    if (count > 2 && near(l.thirdOfMany)) return 3;
    if (near(l.second)) return count;
  }
  return matches(DECISION, text, from, to).some((s) => s.start - from <= 4) ? 0 : undefined;
}

/** Sets aside what the options not chosen say of the question they differ on. */
export function optionsWeighed(input: string, prepared: PreparedText, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const lines = linesOf(input);
  // A prepared character's original place, for the lines' spans in the prepared text.
  const at = (line: Line): [number, number] => {
    const from = prepared.origin.findIndex((o) => o >= line.start);
    const to = prepared.origin.findIndex((o) => o >= line.end);
    return [from < 0 ? prepared.text.length : from, to < 0 ? prepared.text.length : to];
  };
  for (let i = 0; i < lines.length; i++) {
    const options: Line[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const words = input.slice(lines[j]!.start, lines[j]!.end);
      if (MARKED.test(words) || LABELLED.test(words)) options.push({ ...lines[j]! });
      else if (options.length > 0 && UNDER.test(words)) options[options.length - 1]!.end = lines[j]!.end;
      else break;
    }
    if (options.length < 2) continue;
    i = j;
    while (j < lines.length && input.slice(lines[j]!.start, lines[j]!.end).trim() === '') j++;
    if (j >= lines.length) return;
    const [from, to] = at(lines[j]!);
    const pick = chosen(prepared.text, from, to, options.length, lexicons);
    if (pick === undefined) continue;
    const spans = options.map(at);
    const placeOf = (m: StructuredMention): number => spans.findIndex(([s, e]) => m.start >= s && m.start < e) + 1;
    const inOptions = mentions.filter((m) => m.question !== undefined && !m.negated && placeOf(m) > 0);
    const decided = (q: QuestionId): boolean => pick > 0 || mentions.some((m) => m.question === q && !m.negated && m.start >= from && m.start < to);
    for (const q of new Set(inOptions.map((m) => m.question!))) {
      const of = inOptions.filter((m) => m.question === q);
      if (new Set(of.map(placeOf)).size < 2 || new Set(of.map((m) => m.option)).size < 2 || !decided(q)) continue;
      for (const m of of) if (placeOf(m) !== pick) [m.question, m.implies] = [undefined, []];
    }
  }
}
