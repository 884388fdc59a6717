// The editions of the policy, by id: data files of the content pack (content/editions/). The
// pack's check (npm run content:check, part of npm test) holds every file to its schema and the
// tables to their rules, so the types below are what the files are.
import type { EditionId } from '../editions';
import edition2026 from '../../../content/editions/2026-11.json';
import edition2020 from '../../../content/editions/2020.json';
import type { PolicyEdition } from './types';

export type { Condition, Erratum, LinkRef, NoteRef, PolicyEdition, RuleRow, StepVariant } from './types';

const BY_ID: Readonly<Record<EditionId, PolicyEdition>> = {
  '2026-11': edition2026 as unknown as PolicyEdition,
  '2020': edition2020 as unknown as PolicyEdition,
};

export function policyEdition(id: EditionId): PolicyEdition {
  return BY_ID[id];
}
