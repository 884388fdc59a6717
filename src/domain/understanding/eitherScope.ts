// "Could be either" («может быть и то, и другое», "两个都可能", "pode ser qualquer um dos dois",
// "bármelyik lehet") refers to two options named just before it: it leaves open the questions that
// have two different values in its sentence or the one before ("EA or Open? Could be either"), or the
// question its subject names ("the channel could be either"); with one question alone named just before,
// that value and one told earlier; and nothing otherwise ("…they want us to take it over. Timing could be either.").
import { QUESTION_IDS, QuestionId } from '../questions';
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { namedQuestions } from './questionNames';
import { Span, StructuredMention, matches } from './structure';
import { sentenceOf } from './text';

const eitherWords = LEXICONS.flatMap((l) => l.structure?.either ?? []);
const EITHER = eitherWords.length > 0 ? compilePatterns(eitherWords, 'structure.either') : undefined;
/** Where a clause ends. */
const CLAUSE_END = /[,.?!;:，。？！；：\n]/gu;

/** Whether an undecided word's span is a word of no decision between two options. */
export function isEither(text: string, u: Span): boolean {
  return matches(EITHER, text).some((e) => e.start < u.end && u.start < e.end);
}

/** The values named in a word of no decision's sentence and the one before it, per question. */
function valuesBefore(text: string, u: Span, mentions: ReadonlyArray<StructuredMention & { epoch?: number }>): Map<QuestionId, Set<string>> {
  const own = sentenceOf(text, u.start, u.end);
  const from = own.start > 0 ? sentenceOf(text, own.start - 1).start : own.start;
  const values = new Map<QuestionId, Set<string>>();
  const inScope = mentions.filter((m) => m.question !== undefined && !m.negated && m.start >= from && m.end <= own.end);
  // A value corrected within them ("EA, sorry, I mean Open") is one value named: the latest said counts.
  const latest = (q: QuestionId): number => Math.max(...inScope.filter((m) => m.question === q).map((m) => m.epoch ?? 0));
  for (const m of inScope) {
    if ((m.epoch ?? 0) < latest(m.question!)) continue;
    for (const [q, v] of [[m.question!, m.option] as const, ...m.implies]) values.set(q, (values.get(q) ?? new Set()).add(v));
  }
  return values;
}

/** The questions a word of no decision between two options is about. */
export function eitherQuestions(text: string, u: Span, mentions: ReadonlyArray<StructuredMention & { epoch?: number }>): QuestionId[] {
  const values = valuesBefore(text, u, mentions);
  const two = QUESTION_IDS.filter((q) => (values.get(q)?.size ?? 0) >= 2);
  // One question alone named just before ("…through a syndication partner. Could be either"): that value or one told earlier.
  const alone = two.length === 0 && values.size === 1 ? [...values.keys()] : [];
  // Its subject: a question's name in its own clause, before it.
  const own = sentenceOf(text, u.start, u.end);
  const clauseStart = Math.max(own.start, ...[...text.slice(0, u.start).matchAll(CLAUSE_END)].map((c) => c.index + 1));
  return [...new Set([...two, ...alone, ...namedQuestions(text, clauseStart, u.start)])];
}

/**
 * Whether a word of no decision between two options is about what a thread's older parts told: nothing, or one
 * question alone, named just before it (mergeParts weighs the parts).
 */
export function eitherAboutOlder(text: string, mentions: ReadonlyArray<StructuredMention & { epoch?: number }>, undecidedWords: readonly Span[]): boolean {
  return undecidedWords.some((u) => {
    if (!isEither(text, u)) return false;
    const values = valuesBefore(text, u, mentions);
    return values.size === 0 || (values.size === 1 && [...values.values()][0]!.size === 1);
  });
}
