// Options weighed, one a line with their pros and cons under them, and the choice made on the
// line after them ("1) support only / 2) move to us … Decision: the latter", "Move: + margin –
// … / Support: + easy … Outcome: support", «Выбрали второй вариант», "结论：选方案一",
// "Döntés: az utóbbi"): an option not chosen states nothing of what the options differ on. A
// decision line that names a value itself decides alone; one that names neither leaves them.
import { QuestionId } from '../questions';
import { CompiledLexicon } from './compile';
import { LEXICONS } from './lexicon';
import { Span, StructuredMention, matches } from './structure';
import { PreparedText } from './text';
import { structureWords } from './structureLists';

/** The words a decision line opens with ("Outcome:", "Decision:", «Итог», "结论", "Decisão", "Döntés"). */
const DECISION = structureWords('decision');
/** Verbs of choosing anywhere on the line ("they chose", «выбрали», "vamos de", "választotta"). */
const CHOSE = structureWords('chose');
/** A word for an option, which may follow a place word that is the line's whole answer ("the second one"). */
const OPTION_NOUN = structureWords('optionNoun');
const ALONE_NOUN = new RegExp(`^\\s*(?:${OPTION_NOUN.source})`, 'u');
/** Before a place word that is the line's whole answer: nothing, or a short lead-in and its colon ("Her reply:", "Luana:"). */
const LEAD_IN = /^(?:[^,.]{0,40} , )?$/u;
/** After it: a stop or the line's end. */
const ENDS = /^\s*(?:[,.!?;]|$)/u;
/** Written patterns of all languages as one alternation, or one that matches nothing. */
const anyOf = (lists: readonly (readonly string[] | undefined)[]): string => lists.flatMap((l) => l ?? []).join('|') || '(?!)';
const LABELS = anyOf(LEXICONS.map((l) => l.structure?.optionLabel));
const PRO_CON = anyOf(LEXICONS.map((l) => l.structure?.proCon));
/** An option's own line: a number or letter and its bracket or stop, or a label ("方案一："). */
const MARKED = new RegExp(`^\\s*(?:[-•*]\\s+)?(?:\\(?(?:[1-9]|[a-dA-D])\\)|[1-9][.．]|(?:${LABELS})\\s*[：:])\\s*\\S`, 'u');
/** An option named by a label with its pros after it ("Move to us: + margin, – …"). */
const LABELLED = /^\s*(?:[-•*]\s+)?[^\s:：+＋][^:：\n]{0,38}[:：]\s*[+＋]/u;
/** A line under an option: indented, or a pro or a con ("+ fast", "– only a fee", "优：…"). */
const UNDER = new RegExp(`^(?:\\s+\\S|\\s*(?:[+＋−–—-]\\s|${PRO_CON}))`, 'u');
/** How far from the decision line's opening, or from a decision word on it, the reference to an option may begin. */
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

/**
 * The chosen option's place by a reference on the decision line (0: the line decides itself,
 * undefined: no decision). A place word picks after a decision or a verb of choosing on the line,
 * or as the line's whole answer ("The latter.", "Her reply: the second one, please"); one with a noun
 * of its own ("the first call", «последнее продление», "最后一个问题") picks nothing.
 */
function chosen(text: string, from: number, to: number, count: number, lexicons: readonly CompiledLexicon[]): number | undefined {
  const opens = matches(DECISION, text, from, to).some((s) => s.start - from <= 4);
  const verbs = [...matches(DECISION, text, from, to), ...matches(CHOSE, text, from, to)];
  const alone = (s: Span): boolean => {
    const after = text.slice(s.end, to);
    return LEAD_IN.test(text.slice(from, s.start)) && ENDS.test(after.slice(after.match(ALONE_NOUN)?.[0].length ?? 0));
  };
  // Near the line's opening decision, near a decision or a verb of choosing before or after it, or alone.
  const picks = (s: Span): boolean =>
    (opens && s.start - from <= DECISION_REACH) || verbs.some((v) => Math.abs(s.start - v.start) <= DECISION_REACH) || alone(s);
  const near = (r: RegExp | undefined): boolean => matches(r, text, from, to).some(picks);
  for (const l of lexicons) {
    if (near(l.first)) return 1;
    if (count > 2 && near(l.secondOfMany)) return 2;
    if (count > 2 && near(l.thirdOfMany)) return 3;
    if (near(l.second)) return count;
  }
  return opens ? 0 : undefined;
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
    if (j >= lines.length) continue;
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
