// Two colleagues or teams who disagree on the partner's own role in one sentence ("合同部说是直签，
// 销售说要挂在分销商下面", "Zoli szerint közvetlen, Eszter szerint csak disztin keresztül", "tem gente
// dizendo que viramos distribuidor e tem gente dizendo que…"): each claim is one party's, neither
// the partner's settled word, so the role is left open and asked (every role told stays, as for
// an undecided case), and such a sentence is no answer to an either/or question asked before it.
import type { QuestionId } from '../questions';
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import type { Mention } from './mentions';
import { matches } from './structure';
import { prepare, sentenceOf } from './text';

/** The words of two claims side by side, by two parties (`structure.rivalClaims`). */
const RIVALS = compilePatterns(
  LEXICONS.flatMap((l) => l.structure?.rivalClaims ?? []),
  'rivalClaims',
  'gu',
);

/** Whether a (raw) sentence holds two parties' rival claims. */
export function holdsRivalClaims(sentence: string): boolean {
  return matches(RIVALS, prepare(sentence).text).length > 0;
}

/**
 * The partner's role words of each sentence of rival claims and of the either/or question just
 * before it (in prepared text), read before later steps drop them: a question's options settled
 * by the "answer" after it, or a claim whose subject is the customer ("销售说这个客户要挂在分销商下面"
 * is still a claim about our role). `restoreRivals` gives them back.
 */
export function rivalRoleWords(text: string, mentions: readonly Mention[]): Mention[] {
  const held: Mention[] = [];
  for (const r of matches(RIVALS, text)) {
    const own = sentenceOf(text, r.start, r.end);
    // The sentence before it, when it asks ("direct or through the distributor?").
    const asked = text[own.start - 1] === '?' ? sentenceOf(text, Math.max(0, own.start - 2)) : own;
    const roles = mentions.filter((m) => m.question === 'partnerType' && !m.negated && m.start >= asked.start && m.end <= own.end);
    // Only a sentence of claims that names a role itself opens the question.
    if (roles.some((m) => m.start >= own.start)) held.push(...roles.filter((m) => !held.includes(m)));
  }
  return held;
}

/** Gives back the role words held (and leaves the role undecided) when they name two roles. */
export function restoreRivals(held: readonly Mention[], undecided: Set<QuestionId>): void {
  if (new Set(held.map((m) => m.option)).size < 2) return;
  for (const m of held) if (m.question === undefined && !m.negated) m.question = 'partnerType';
  undecided.add('partnerType');
}
