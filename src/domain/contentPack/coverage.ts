// Every complete set of answers must land on exactly one row of an edition: none leaves the user
// without an answer, two make the answer depend on the rows' order. Run on the file's own rows,
// not the compiled-in edition, so an edited pack is checked before it is built.
import { CompleteAnswers, QUESTION_IDS } from '../questions';
import { completionsOf, rowsMatching } from '../rules';
import type { RuleRow } from '../policy';
import { Problem, problem } from './problems';

function described(answers: CompleteAnswers): string {
  return QUESTION_IDS.filter((q) => answers[q] !== undefined)
    .map((q) => `${q}=${answers[q]}`)
    .join(', ');
}

/** The answers no row matches, and those two or more rows match, as problems of the file's `rows`. */
export function coverageProblems(file: string, rows: readonly RuleRow[]): Problem[] {
  const problems: Problem[] = [];
  for (const answers of completionsOf({})) {
    const matched = rowsMatching(rows, answers);
    if (matched.length === 0) problems.push(problem(file, 'rows', `no row matches ${described(answers)}`));
    if (matched.length > 1) {
      const which = matched.map((r) => `${r.row} (rows.${rows.indexOf(r)})`).join(' and ');
      problems.push(problem(file, 'rows', `rows ${which} all match ${described(answers)}: exactly one may`));
    }
  }
  return problems;
}
