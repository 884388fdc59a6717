// A note that disagrees with a field or an earlier statement without saying which is right ("the
// coordinator says EA, not Open Value. Haven't been able to verify either way", "az ügyfél
// szerint EA, nem Open Value. Nem tudom, a mező vagy az ügyfél a jó"): its "not Y" belongs to the
// claim it reports, beside the value claimed instead, so the Y said before it in another sentence
// (the field) is not denied by it; both stay told and the question is asked. Only for a question
// left undecided (desire.ts `undecidedQuestions`): elsewhere the later "EA, not Open Value" corrects.
import type { QuestionId } from '../questions';
import type { Mention } from './mentions';
import { sentenceOf } from './text';

/** Whether a negated mention stands in one sentence with another value claimed for its question. */
function claimedInstead(text: string, mentions: readonly Mention[], negated: Mention): boolean {
  const { start, end } = sentenceOf(text, negated.start, negated.end);
  return mentions.some(
    (m) => m !== negated && !m.negated && m.question === negated.question && m.option !== negated.option && m.start >= start && m.end <= end,
  );
}

/** Gives back the earlier values a disputing claim's "not X" denied, for the questions left undecided. */
export function keepDisputed(text: string, mentions: Mention[], undecided: ReadonlySet<QuestionId>): void {
  const claims = mentions.filter((n) => n.negated && n.question !== undefined && undecided.has(n.question) && claimedInstead(text, mentions, n));
  for (const m of mentions) {
    if (!m.negated || m.question === undefined || !undecided.has(m.question)) continue;
    const own = sentenceOf(text, m.start, m.end);
    // Its own sentence says nothing else of the question: the denial came from the claim after it.
    if (mentions.some((o) => o !== m && o.question === m.question && o.start >= own.start && o.end <= own.end)) continue;
    if (claims.some((n) => n.option === m.option && n.start >= own.end)) m.negated = false;
  }
}
