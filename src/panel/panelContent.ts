// The deployment's content as the side panel gets it (GET /panel/content.json?locale=): one
// language's part of the partner's overlay, the links it points elsewhere and the rows due for
// review. The server builds the answer, the page reads it back into the DeploymentContent the
// engine takes. Only what the cards show anyway: the overlay's texts and the due rows.
import type { DeploymentContent } from '../domain/deploymentContent';
import { LocaleTag, isLocaleTag } from '../domain/locales';
import { LINK_IDS, LinkId, OUTCOME_ROWS, OutcomeRow } from '../domain/outcomes';
import type { Overlay, OverlayLanguage, OverlayRow, PartnerLink, PartnerNote } from '../domain/overlay';

export const PANEL_CONTENT_PATH = '/panel/content.json';

export type LinkUrls = Readonly<Partial<Record<LinkId, string>>>;

export interface PanelContentAnswer {
  locale: LocaleTag;
  /** The overlay's part in this language; null without an overlay or without this language. */
  partner: OverlayLanguage | null;
  linkUrls: LinkUrls | null;
  reviewDue: OutcomeRow[];
}

/** The server's answer for one language. */
export function panelContentAnswer(content: DeploymentContent | undefined, locale: LocaleTag): PanelContentAnswer {
  return {
    locale,
    // Read as the page reads it: the overlay was checked at start-up, this keeps the two sides one shape.
    partner: readPartner(content?.overlay?.languages[locale]),
    linkUrls: content?.overlay?.linkUrls ?? null,
    reviewDue: OUTCOME_ROWS.filter((row) => content?.reviewDue.has(row)),
  };
}

/** The engine's content from the answers of the languages fetched so far; `id` tells them apart in the reply cache. */
export function contentFromAnswers(answers: readonly PanelContentAnswer[], id: string): DeploymentContent {
  const languages: Partial<Record<LocaleTag, OverlayLanguage>> = {};
  let linkUrls: LinkUrls | null = null;
  let reviewDue: OutcomeRow[] = [];
  for (const answer of answers) {
    if (answer.partner) languages[answer.locale] = answer.partner;
    linkUrls = answer.linkUrls ?? linkUrls;
    reviewDue = answer.reviewDue;
  }
  const content: DeploymentContent = { reviewDue: new Set(reviewDue) };
  if (linkUrls || Object.keys(languages).length > 0) {
    const overlay: Overlay = { languages, ...(linkUrls ? { linkUrls } : {}) };
    content.overlay = overlay;
    content.overlayId = id;
  }
  return content;
}

// The answer is written and read with the same care: only the fields a result shows, anything
// malformed left out, never shown.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isHttps = (value: unknown): value is string => typeof value === 'string' && value.startsWith('https://');
const listOf = <T>(value: unknown, keep: (item: unknown) => item is T): T[] => (Array.isArray(value) ? value.filter(keep) : []);

const isNote = (value: unknown): value is PartnerNote => isObject(value) && isText(value.title) && isText(value.text);
const isLink = (value: unknown): value is PartnerLink => isObject(value) && isText(value.title) && isHttps(value.url);

function readRow(value: unknown): OverlayRow {
  const row = isObject(value) ? value : {};
  const read: OverlayRow = {};
  if (row.steps !== undefined) read.steps = listOf(row.steps, isText);
  if (row.notes !== undefined) read.notes = listOf(row.notes, isNote);
  if (row.links !== undefined) read.links = listOf(row.links, isLink);
  return read;
}

function readPartner(value: unknown): OverlayLanguage | null {
  if (!isObject(value) || !isText(value.name)) return null;
  const partner: OverlayLanguage = { name: value.name };
  if (isText(value.contact)) partner.contact = value.contact;
  if (isObject(value.rows)) {
    const rows: Partial<Record<OutcomeRow, OverlayRow>> = {};
    for (const row of OUTCOME_ROWS) if (value.rows[row] !== undefined) rows[row] = readRow(value.rows[row]);
    partner.rows = rows;
  }
  return partner;
}

function readLinkUrls(value: unknown): LinkUrls | null {
  if (!isObject(value)) return null;
  const urls: Partial<Record<LinkId, string>> = {};
  for (const id of LINK_IDS) if (isHttps(value[id])) urls[id] = value[id];
  return Object.keys(urls).length > 0 ? urls : null;
}

/** The answer as the page received it, or undefined when it is not one. */
export function readPanelContentAnswer(value: unknown): PanelContentAnswer | undefined {
  if (!isObject(value) || !isLocaleTag(value.locale)) return undefined;
  const due = listOf(value.reviewDue, (row): row is OutcomeRow => OUTCOME_ROWS.includes(row as OutcomeRow));
  return { locale: value.locale, partner: readPartner(value.partner), linkUrls: readLinkUrls(value.linkUrls), reviewDue: due };
}
