// Where a question stands among the questions of a case, for its card's "Question 3 of 5".
import { Answers, QUESTION_IDS, QuestionId, isApplicable } from '../../domain/questions';

/**
 * "Question 3 of 5": the question's place in the order they are asked, out of all that apply,
 * whatever answered the others (a click, a sentence that answered several) and whichever is
 * asked again to change it. Preset answers are never asked, so they are not counted. While the
 * service is open the goal is counted as if the service were license-based, so the total does
 * not grow later.
 */
export function progressOf(answers: Answers, question: QuestionId, preset: Answers): { position: number; total: number } {
  const assumed: Answers = answers.service === undefined ? { ...answers, service: 'license' } : answers;
  let position = 0;
  let total = 0;
  for (const q of QUESTION_IDS) {
    if (q !== question && (preset[q] !== undefined || !isApplicable(q, assumed))) continue;
    total += 1;
    if (q === question) position = total;
  }
  return { position, total };
}
