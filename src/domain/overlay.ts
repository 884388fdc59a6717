// A partner's own guidance beside Microsoft's (CONTENT_OVERLAY): per language, its display name, a
// contact line for every result and extra steps, notes and links per row; for every language, the
// links it points elsewhere (an internal mirror). Kept apart from Microsoft's words everywhere: a
// result shows it as its own section, titled with the partner's name, after Microsoft's steps.
import type { LinkId, OutcomeRow } from './outcomes';
import type { LocaleTag } from './locales';

export interface PartnerNote {
  title: string;
  text: string;
}

export interface PartnerLink {
  title: string;
  url: string;
}

/** The partner's additions to one row, in one language. */
export interface OverlayRow {
  steps?: readonly string[];
  notes?: readonly PartnerNote[];
  links?: readonly PartnerLink[];
}

/** A partner's own GDAP role set, named in one language: offered after Microsoft's on the Request GDAP card. */
export interface OverlayRoleSet {
  id: string;
  name: string;
  roles: readonly { name: string; roleDefinitionId: string }[];
}

/** The partner's content in one language; a language without one shows no partner section. */
export interface OverlayLanguage {
  /** The partner's display name: the section's title. */
  name: string;
  /** Shown on every result (who to ask at the partner). */
  contact?: string;
  rows?: Readonly<Partial<Record<OutcomeRow, OverlayRow>>>;
  roleSets?: readonly OverlayRoleSet[];
}

export interface Overlay {
  /** Where Microsoft's links point instead, by link id (`{locale}` is filled in as in content/links.json). */
  linkUrls?: Readonly<Partial<Record<LinkId, string>>>;
  languages: Readonly<Partial<Record<LocaleTag, OverlayLanguage>>>;
}

/** What one result shows of the partner's content. */
export interface PartnerSection {
  name: string;
  contact?: string;
  steps: readonly string[];
  notes: readonly PartnerNote[];
  links: readonly PartnerLink[];
}

/** The partner's section of a row's result in a language: none without that language, or with nothing to show. */
export function partnerSection(overlay: Overlay | undefined, locale: LocaleTag, row: OutcomeRow): PartnerSection | undefined {
  const language = overlay?.languages[locale];
  if (!language) return undefined;
  const added = language.rows?.[row] ?? {};
  const section: PartnerSection = { name: language.name, steps: added.steps ?? [], notes: added.notes ?? [], links: added.links ?? [] };
  if (language.contact) section.contact = language.contact;
  const empty = !section.contact && section.steps.length === 0 && section.notes.length === 0 && section.links.length === 0;
  return empty ? undefined : section;
}
