// The decision table of an edition of the policy (policy/), applied: each row names the answers it
// matches, its verdict, notes and links. `decide` picks the single matching row and adds the
// notes and links the edition puts on every result of a cloud. A test walks every combination of
// answers and checks exactly one row matches, in every edition.
import { Answers, CompleteAnswers, QUESTION_IDS, QuestionId, consistentAnswers, isApplicable, isComplete, nextQuestion, optionsFor } from './questions';
import { EditionId } from './editions';
import { LinkId, NoteId, Outcome } from './outcomes';
import { Condition, LinkRef, NoteRef, PolicyEdition, RuleRow, policyEdition } from './policy';

function allows<T>(list: readonly T[] | undefined, value: T | undefined): boolean {
  return list === undefined || (value !== undefined && list.includes(value));
}

export function matchingRows(answers: Answers, edition: EditionId): RuleRow[] {
  return rowsMatching(policyEdition(edition).rows, answers);
}

/** The rows of a table that allow these answers (the content check runs it on a pack's own rows). */
export function rowsMatching(rows: readonly RuleRow[], answers: Answers): RuleRow[] {
  return rows.filter(
    (r) =>
      allows(r.clouds, answers.cloud) &&
      allows(r.channels, answers.channel) &&
      allows(r.services, answers.service) &&
      allows(r.goals, answers.goal) &&
      allows(r.partnerTypes, answers.partnerType),
  );
}

function holds(condition: Condition, answers: CompleteAnswers, rule: RuleRow): boolean {
  return (
    allows(condition.clouds, answers.cloud) &&
    allows(condition.channels, answers.channel) &&
    allows(condition.partnerTypes, answers.partnerType) &&
    allows(condition.verdicts, rule.verdict) &&
    !(condition.withSteps && rule.noSteps)
  );
}

function notesOf(refs: readonly NoteRef[] | undefined, answers: CompleteAnswers, rule: RuleRow): NoteId[] {
  return (refs ?? []).flatMap((ref) => (typeof ref === 'string' ? [ref] : holds(ref, answers, rule) ? [ref.note] : []));
}

function linksOf(refs: readonly LinkRef[], answers: CompleteAnswers, rule: RuleRow): LinkId[] {
  return refs.flatMap((ref) => (typeof ref === 'string' ? [ref] : holds(ref, answers, rule) ? [ref.link] : []));
}

/** Turns complete answers into the outcome of an edition's decision table. */
export function decide(answers: CompleteAnswers, edition: EditionId): Outcome {
  const rows = matchingRows(answers, edition);
  // The table is exhaustive and disjoint (tested); this guards against tampered state only.
  if (rows.length !== 1) throw new Error(`Decision table ${edition} matched ${rows.length} rows for ${JSON.stringify(answers)}`);
  return outcomeOf(policyEdition(edition), rows[0]!, answers);
}

/**
 * The outcome of one row of a table for these answers: its notes and links where their conditions
 * hold, and its step variant (the first whose condition holds). The content check runs it on a
 * pack's own tables.
 */
export function outcomeOf(policy: PolicyEdition, rule: RuleRow, answers: CompleteAnswers): Outcome {
  const variant = (rule.stepVariants ?? []).find((v) => holds(v, answers, rule));
  const requires = variant?.requires ?? rule.requires;
  return {
    edition: policy.id,
    textOf: rule.textOf ?? policy.id,
    row: rule.row,
    ...(variant ? { variant: variant.variant } : {}),
    ...(requires ? { requires } : {}),
    verdict: rule.verdict,
    reviewed: rule.reviewed,
    notes: unique([...notesOf(policy.notesBefore, answers, rule), ...notesOf(rule.notes, answers, rule), ...notesOf(policy.notesAfter, answers, rule)]),
    links: unique([...linksOf(rule.links, answers, rule), ...linksOf(policy.links, answers, rule)]),
  };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Every way to complete the answers, in question order (each a valid, complete set). */
export function completionsOf(answers: Answers): CompleteAnswers[] {
  const open = QUESTION_IDS.find((q) => isApplicable(q, answers) && answers[q] === undefined);
  if (open === undefined) return isComplete(answers) ? [answers] : [];
  return optionsFor(open, answers).flatMap((option) => completionsOf(consistentAnswers({ ...answers, [open]: option })));
}

function sameOutcome(a: Outcome, b: Outcome): boolean {
  return a.row === b.row && a.variant === b.variant && a.verdict === b.verdict && a.notes.join() === b.notes.join() && a.links.join() === b.links.join();
}

// A few hundred answer sets per edition exist at most; each is worked out once, kept under its text.
const settled = new Map<string, Outcome | null>();

/** An answer as it stands in a key: a string as it is, anything else as a character no option has. */
function keyPart(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined ? '' : '\u0000';
}

/**
 * The key of an answer set: the edition and every answer, derived from the questions' list, never
 * written out by hand. The parameter's type stops compiling callers if Answers ever gains a member
 * that is not a question, so the key is always over the whole input.
 */
function settledKey(edition: EditionId, a: Answers & Record<Exclude<keyof Answers, QuestionId>, never>): string {
  let key: string = edition;
  for (const q of QUESTION_IDS) key += `|${keyPart(a[q])}`;
  return key;
}

/**
 * The outcome as soon as the answers settle it: complete answers, or answers whose open
 * questions cannot change the result whatever is picked (21Vianet and "somewhere else" is C5
 * whatever the service or the partner's role). The SPEC asks only what the answer depends on.
 * Answers as the flow keeps them are consistent already, so they are looked up by their own key
 * first; only consistent sets are ever kept, so a key found is the same set's.
 */
export function settledOutcome(answers: Answers, edition: EditionId): Outcome | undefined {
  const found = settled.get(settledKey(edition, answers));
  if (found !== undefined) return found ?? undefined;
  const known = consistentAnswers(answers);
  const key = settledKey(edition, known);
  let outcome = settled.get(key);
  if (outcome === undefined) {
    const outcomes = completionsOf(known).map((a) => decide(a, edition));
    const first = outcomes[0];
    outcome = first !== undefined && outcomes.every((o) => sameOutcome(o, first)) ? first : null;
    settled.set(key, outcome);
  }
  return outcome ?? undefined;
}

/**
 * The next question worth asking: none once the answers settle the outcome. Asked of the answers
 * that fit together, as the outcome is: a stored answer that no longer fits (old or tampered
 * state) is asked again, never left as a set with neither an outcome nor a question.
 */
export function questionToAsk(answers: Answers, edition: EditionId): QuestionId | undefined {
  return settledOutcome(answers, edition) === undefined ? nextQuestion(consistentAnswers(answers)) : undefined;
}
