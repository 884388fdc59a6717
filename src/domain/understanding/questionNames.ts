// Words naming a question ("the channel", «канал», "渠道", "o canal", "a csatorna"), as a sentence's
// subject or a verb's object: what "could be either" or a correcting word is about (eitherScope.ts, revisions.ts).
import { QUESTION_IDS, QuestionId } from '../questions';
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { matches } from './structure';

const NAMES = QUESTION_IDS.flatMap((q): Array<[QuestionId, RegExp]> => {
  const words = LEXICONS.flatMap((l) => l.structure?.[`${q}Word`] ?? []);
  return words.length > 0 ? [[q, compilePatterns(words, `structure.${q}Word`)]] : [];
});

/** The questions whose names a folded text names between two points. */
export function namedQuestions(text: string, from = 0, to = text.length): QuestionId[] {
  return NAMES.filter(([, re]) => matches(re, text, from, to).length > 0).map(([q]) => q);
}
