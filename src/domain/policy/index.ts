// The editions of the policy, by id.
import type { EditionId } from '../editions';
import { EDITION_2020 } from './2020';
import { EDITION_2026_11 } from './2026-11';
import type { PolicyEdition } from './types';

export type { Condition, LinkRef, NoteRef, PolicyEdition, RuleRow } from './types';

const BY_ID: Readonly<Record<EditionId, PolicyEdition>> = { '2026-11': EDITION_2026_11, '2020': EDITION_2020 };

export function policyEdition(id: EditionId): PolicyEdition {
  return BY_ID[id];
}
