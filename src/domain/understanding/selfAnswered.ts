// A question the writer asks and answers at once ("Are we direct or through a distributor?
// Direct, since 2021.", «Мы дистрибьютор или реселлер? — Дистрибьютор, уточнил.»): the words
// after the question mark answer it, so the message is read as a two-turn transcript (the
// question, then its answer), and the question's two options are not left open.
import { QUESTION_IDS, QuestionId } from '../questions';
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { prepare } from './text';
import type { Turn } from './transcript';
import type { Understanding } from './result';
import { echoedOptions } from './echoed';
import { holdsRivalClaims } from './rivalClaims';

const OR = compilePatterns(
  LEXICONS.flatMap((l) => l.structure?.or ?? []),
  'selfAnswered.or',
  'u',
);
/** The sentence a question mark ends, and the first sentence after it (up to a stop or a line's end). */
const ASKED = /[^.!?。！？\n]*[?？]/gu;
/** Words that leave the case undecided ("not decided yet", «пока не решили»): no answer then. */
const UNDECIDED = compilePatterns(
  LEXICONS.flatMap((l) => [...(l.structure?.undecided ?? []), ...(l.structure?.either ?? [])]),
  'selfAnswered.undecided',
  'u',
);
const FIRST = /^[^.!?。！？\n]*/u;
const CLAUSE = /^[^,，;；:：]*/u;
/** The most words of an answer that only repeats an option's words. */
const ECHO_WORDS = 2;
const count = (words: string): number => prepare(words).text.split(' ').filter(Boolean).length;

/**
 * The two turns of a message whose either/or question (its options said for one question) is
 * answered by the very next sentence, which states one value for that question on its own;
 * undefined otherwise. Only the first such question splits the message.
 */
export function selfAnswered(text: string, read: (part: string) => Understanding): Turn[] | undefined {
  for (const m of text.matchAll(ASKED)) {
    const end = m.index + m[0].length;
    if (!OR.test(prepare(m[0]).text)) continue;
    const asked = read(m[0]);
    const open = QUESTION_IDS.filter((q) => asked.conflicts.includes(q) || asked.hedged?.[q] !== undefined || asked.answers[q] !== undefined);
    if (open.length === 0) continue;
    // On the same line (a log's next line is another entry), opened by its answer: its first clause
    // alone says one value ("Direct, …", not "Sales says the former, …"), and its sentence leaves no two.
    const after = /^[ \t]*(?:[—–-][ \t]*)?(?=\S)/u.exec(text.slice(end));
    if (after === null) continue;
    const sentence = FIRST.exec(text.slice(end + after[0].length))![0];
    if (UNDECIDED.test(prepare(sentence).text)) continue;
    // Two parties' rival claims ("合同部说是直签，销售说…") answer nothing (rivalClaims.ts).
    if (holdsRivalClaims(sentence)) continue;
    const [answer, clause] = [read(sentence), read(CLAUSE.exec(sentence)![0])];
    // The clause is the value's words and at most one more ("Прямой", "It's Open"; not "Gábor says as a distributor").
    const bare = (q: QuestionId): boolean => count(CLAUSE.exec(sentence)![0]) - count(clause.evidence[q] ?? '') <= 1;
    const echoes = (q: QuestionId): boolean => clause.answers[q] !== undefined && answer.answers[q] === clause.answers[q] && !answer.conflicts.includes(q);
    // Or a clause of at most two words that repeats one option's own words ("comercial né", "the GCC one"): echoed.ts reads which.
    const short = count(CLAUSE.exec(sentence)![0]) <= ECHO_WORDS;
    const echoed = short ? echoedOptions(m[0], asked, open, CLAUSE.exec(sentence)![0], read) : undefined;
    const repeats = (q: QuestionId): boolean => echoed?.answers[q] !== undefined && clause.answers[q] === undefined && !answer.conflicts.includes(q);
    if (!open.some((q) => (echoes(q) && bare(q)) || repeats(q))) continue;
    return [
      { speaker: '0', text: text.slice(0, end).trim() },
      { speaker: '1', text: text.slice(end).trim() },
    ];
  }
  return undefined;
}
