// An answer that repeats the words of one of the options an either/or question named takes that
// option (split from transcript.ts, which reads a transcript's turns).
import { QuestionId } from '../questions';
import { fold } from './compile';
import type { Understanding } from './result';

/** Words of a text: Latin or Cyrillic words, and runs of Chinese characters. */
const WORDS = /[\p{Script=Latin}\p{Script=Cyrillic}\d]+|\p{Script=Han}+/gu;
const wordsOf = (text: string): string[] => fold(text).match(WORDS) ?? [];
/** Whether an answer's word says an option's word: one begins the other, three letters at least, or two Chinese characters shared. */
function says(answer: string, option: string): boolean {
  if (/\p{Script=Han}/u.test(answer)) return [...option].some((_, i) => option.length > i + 1 && answer.includes(option.slice(i, i + 2)));
  const [short, long] = answer.length <= option.length ? [answer, option] : [option, answer];
  return short.length >= 3 && long.startsWith(short);
}

/**
 * An answer that repeats the words of one of the options an either/or named ("US government
 * cloud or the commercial one?" – "gov one"; "só suporte ou passar o faturamento?" – "passar")
 * takes that option. Words of both options, or of neither, leave the question asked.
 */
export function echoedOptions(
  question: string,
  asked: Understanding,
  rest: readonly QuestionId[],
  answer: string,
  read: (text: string) => Understanding,
): Understanding {
  const echoed: Understanding = { answers: {}, conflicts: [], evidence: {}, negated: [] };
  const heard = wordsOf(answer);
  for (const q of asked.conflicts.filter((c) => rest.includes(c))) {
    const options = asked.said?.[q] ?? [];
    // A word counts only where it is this option's own: "cloud" in "US government cloud or the commercial cloud" is both's.
    const asks = (w: string): number => wordsOf(question).filter((word) => says(w, word)).length;
    const own = (option: string): boolean => heard.some((w) => asks(w) > 0 && wordsOf(option).filter((word) => says(w, word)).length === asks(w));
    const hit = options.filter(own);
    const value = hit.length === 1 ? read(hit[0]!).answers[q] : undefined;
    if (value !== undefined) (echoed.answers as Record<QuestionId, string>)[q] = value;
  }
  return echoed;
}
