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
}
