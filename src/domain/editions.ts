// The editions of Microsoft's policy the advisor can answer from. A newer review of Microsoft's
// pages adds an edition; an edition is never edited afterwards, so "what did the rule say then"
// keeps an answer. The deployment picks one (POLICY_EDITION); every surface answers from it.

export const EDITIONS = ['2026-11', '2020'] as const;
export type EditionId = (typeof EDITIONS)[number];

/** The policy in force: what a deployment answers from unless it pins another edition. */
export const DEFAULT_EDITION: EditionId = '2026-11';

export function isEditionId(value: unknown): value is EditionId {
  return typeof value === 'string' && (EDITIONS as readonly string[]).includes(value);
}
