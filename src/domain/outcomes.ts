// Outcome vocabulary shared by the rules, the content and the cards.
import type { EditionId } from './editions';

/** `transfer` (edition 2026-11 on): yes, by a partner-to-partner transfer the current partner approves. */
export const VERDICTS = ['eligible', 'notYet', 'notEligible', 'notCovered', 'transfer'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const OUTCOME_ROWS = ['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6'] as const;
export type OutcomeRow = (typeof OUTCOME_ROWS)[number];

export const LINK_IDS = [
  'multichannel',
  'request-relationship',
  'switch-azure',
  'multipartner',
  'work-with-partners',
  'indirect-reseller',
  'indirect-provider',
  'cn-multichannel',
  'cn-request-relationship',
  'cn-multipartner',
  'cn-work-with-partners',
  'transfer-subscriptions',
  'transfer-nce-license',
  'transfer-azure-plan',
  'customer-agreement',
  'gdap',
  'move-licenses',
  'ea-change-partner',
] as const;
export type LinkId = (typeof LINK_IDS)[number];

/**
 * Notes shown under the steps. Some apply to every result of a cloud, some to a partner type,
 * some are dated policy changes that came after the original guidance.
 */
export const NOTE_IDS = [
  'noResaleToCsp',
  'roles',
  'viaIndirectProvider',
  'forIndirectProvider',
  'usgovInvitation',
  'gdapSince2023',
  'gdapUsgov',
  'newCommerceTransfer',
  'chinaSingleAdminPartner',
  'changedAzureTransfer',
  'changedLicenseTransfer',
  'rolesAdminAgent',
  'viaIndirectProviderAttests',
  'usgovAdminAccess',
  'usgovTransfer',
  'eaGdap',
  'eaRenewToCsp',
  'eaChangePartner',
  'azureExpertMsp',
  'chinaUnverified',
  'noResaleToCspTenant',
  'chinaGdap',
] as const;
export type NoteId = (typeof NOTE_IDS)[number];

/** Notes of edition 2020 that report a later policy change; their text carries the date it took effect. */
export const NOTE_DATES: Partial<Record<NoteId, string>> = {
  gdapSince2023: '2023-10-09',
  gdapUsgov: '2023-10-09',
};

export interface Outcome {
  /** The edition of the policy that answered. */
  edition: EditionId;
  /** The edition whose summary and steps the row shows (its own, or an earlier one where they did not change). */
  textOf: EditionId;
  row: OutcomeRow;
  /** The row's step variant for these answers (a cloud's or partner type's own path), if any. */
  variant?: string;
  /** What the shown steps have the partner do (tags of the edition data). */
  requires?: readonly string[];
  verdict: Verdict;
  /** The day the row was last checked against Microsoft's pages (ISO). */
  reviewed: string;
  notes: readonly NoteId[];
  links: readonly LinkId[];
}
