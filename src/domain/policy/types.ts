// The shape of an edition of the policy: decision rows as data, plus the notes and links that
// every result of a cloud (or a partner type, a verdict…) carries. rules.ts reads it; nothing
// here decides anything.
import type { EditionId } from '../editions';
import type { LinkId, NoteId, OutcomeRow, Verdict } from '../outcomes';
import type { Channel, Cloud, Goal, PartnerType, Service } from '../questions';

/** When a note or a link applies; an absent field allows anything. */
export interface Condition {
  clouds?: readonly Cloud[];
  channels?: readonly Channel[];
  partnerTypes?: readonly PartnerType[];
  verdicts?: readonly Verdict[];
  /** Only on rows with steps (a plain no has nothing to do, so notes about doing it don't apply). */
  withSteps?: true;
}

export type NoteRef = NoteId | ({ note: NoteId } & Condition);
export type LinkRef = LinkId | ({ link: LinkId } & Condition);

/**
 * Other words for a row's summary and steps where a cloud, channel or partner type has its own
 * path (errata E6, E7: US Government and EA steps must not prescribe GDAP): the first variant
 * whose condition holds shows texts `outcomes.<edition>.<row>-<variant>`.
 */
export interface StepVariant extends Condition {
  variant: string;
  /** What these steps have the partner do (see RuleRow.requires). */
  requires: readonly string[];
}

export interface RuleRow {
  row: OutcomeRow;
  verdict: Verdict;
  clouds: readonly Cloud[];
  channels: readonly Channel[];
  services?: readonly Service[];
  goals?: readonly Goal[];
  partnerTypes?: readonly PartnerType[];
  links: readonly LinkRef[];
  notes?: readonly NoteRef[];
  /** Nothing to do in Partner Center: the verdict is a plain no. */
  noSteps?: true;
  /** The edition whose summary and steps this row shows, where they did not change (default: its own). */
  textOf?: EditionId;
  /**
   * What the row's own steps have the partner do, as tags (`gdap`, `ownTransferRequest`…): a note
   * that rules a tag out (PolicyEdition.noteRules) must never sit on a card whose steps require it.
   */
  requires?: readonly string[];
  stepVariants?: readonly StepVariant[];
  /** The evidence for the row, by source id (content/sources/). */
  sources?: readonly string[];
  /** The day this row was last checked against Microsoft's pages (ISO). */
  reviewed: string;
}

export interface PolicyEdition {
  id: EditionId;
  /** A record of what the rules said then: never edited, so never due for review. */
  historical?: true;
  rows: readonly RuleRow[];
  /** Notes shown before the row's own, in this order, where their condition holds. */
  notesBefore: readonly NoteRef[];
  /** Notes shown after the row's own. */
  notesAfter: readonly NoteRef[];
  /** Links listed after the row's own. */
  links: readonly LinkRef[];
  /** What each note rules out: the step tags (RuleRow.requires) a card showing it must not require. */
  noteRules?: Partial<Record<NoteId, readonly string[]>>;
  /** Corrections of transcription made in this edition after its review (docs/policy.md lists them). */
  errata?: readonly Erratum[];
}

export interface Erratum {
  id: string;
  /** The day the correction was made (ISO). */
  date: string;
  rows: readonly OutcomeRow[];
  what: string;
  sources: readonly string[];
}
