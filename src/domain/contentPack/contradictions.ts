// Cards that contradict themselves (errata E6, E7): steps that have the partner do what a note on
// the same card rules out, such as requesting GDAP on a US Government result whose note says GDAP
// is not available there. Checked on the edition's data, not on translated words: each row (or
// step variant) names what its steps require (`requires`), each note what it rules out
// (`noteRules`), and every combination of answers is walked through the table.
import type { PolicyEdition } from '../policy';
import { completionsOf, outcomeOf, rowsMatching } from '../rules';
import { Problem, problem } from './problems';

export interface Contradiction {
  answers: string;
  row: string;
  variant?: string;
  note: string;
  tag: string;
}

/** Every card of the edition whose steps require a tag one of its notes rules out. */
export function contradictionsOf(edition: PolicyEdition): Contradiction[] {
  const found: Contradiction[] = [];
  const rules = edition.noteRules ?? {};
  for (const answers of completionsOf({})) {
    const rows = rowsMatching(edition.rows, answers);
    if (rows.length !== 1) continue; // coverage reports it
    const outcome = outcomeOf(edition, rows[0]!, answers);
    for (const note of outcome.notes)
      for (const tag of rules[note] ?? [])
        if ((outcome.requires ?? []).includes(tag))
          found.push({ answers: JSON.stringify(answers), row: outcome.row, ...(outcome.variant ? { variant: outcome.variant } : {}), note, tag });
  }
  return found;
}

/** The content check's lines for them, one per row, variant, note and tag (not per combination). */
export function contradictionProblems(file: string, edition: PolicyEdition): Problem[] {
  const seen = new Map<string, Contradiction>();
  for (const c of contradictionsOf(edition)) {
    const key = `${c.row}|${c.variant ?? ''}|${c.note}|${c.tag}`;
    if (!seen.has(key)) seen.set(key, c);
  }
  return [...seen.values()].map((c) =>
    problem(
      file,
      'noteRules',
      `row ${c.row}${c.variant ? ` (variant ${c.variant})` : ''} requires ${c.tag} while its note ${c.note} rules it out, e.g. for ${c.answers}: give the row a step variant for that case`,
    ),
  );
}
