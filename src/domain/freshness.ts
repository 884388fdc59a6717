// How fresh the deployment's content is: rows last checked longer ago than the deployment allows
// (POLICY_REVIEW_MAX_AGE_DAYS) are due for review, and their results say so. A historical edition
// is a record of what the rules said then, never edited, so never due.
import type { PolicyEdition } from './policy';
import type { OutcomeRow } from './outcomes';

const DAY_MS = 86_400_000;

/** The rows of an edition whose review is older than `maxAgeDays` on `today` (ISO dates). */
export function rowsDueForReview(edition: PolicyEdition, today: string, maxAgeDays: number): OutcomeRow[] {
  if (edition.historical) return [];
  const now = Date.parse(`${today}T00:00:00Z`);
  return edition.rows.filter((r) => (now - Date.parse(`${r.reviewed}T00:00:00Z`)) / DAY_MS > maxAgeDays).map((r) => r.row);
}
