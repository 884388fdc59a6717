// What the view models of the bot's own cards share (the Partner Center actions', the follow-ups',
// My cases' and the team's): facts, buttons laid out in rows that fit a phone, a customer's facts
// and names as plain text. The cards' structure is in their templates (cards/); this only decides
// what goes in them. Pure.
import type { ActionKind } from '../../domain/actions';
import { Catalog, availableLocales, formatTime, localeOfCatalog, readingCatalogFor } from '../../domain/textCatalog';
import type { LocaleTag } from '../../domain/locales';
import { ActionStep, PARTNER_ACTION } from '../actions/actionClicks';

export interface CustomerView {
  companyName: string;
  tenantId: string;
  domain: string;
}

/** A row of a FactSet. */
export interface Fact {
  title: string;
  value: string;
}

export const factsOf = (rows: readonly (readonly [string, string])[]): Fact[] => rows.map(([title, value]) => ({ title, value }));

/** A button: its title, whether it is the step's way on, and the data its click sends (read back by the route). */
export interface Button<D extends object = object> {
  title: string;
  style: 'positive' | null;
  data: D;
}

/** What a Partner Center action's button sends (actionClicks.ts reads it back). */
export interface ActionClickData {
  action: typeof PARTNER_ACTION;
  kind: ActionKind;
  step: ActionStep;
  card?: string;
  [input: string]: unknown;
}

export function actionButton(
  title: string,
  kind: ActionKind,
  step: ActionStep,
  cardId: string | undefined,
  style: 'positive' | null = null,
): Button<ActionClickData> {
  return { title, style, data: { action: PARTNER_ACTION, kind, step, ...(cardId ? { card: cardId } : {}) } };
}

/** A step's two buttons: go on (the positive one) and cancel. */
export function stepButtons(c: Catalog, kind: ActionKind, step: 'review' | 'confirm', cardId: string): Button<ActionClickData>[] {
  const label = step === 'review' ? c.actions.buttons.continue : c.actions.buttons.confirm;
  return [actionButton(label, kind, step, cardId, 'positive'), actionButton(c.actions.buttons.cancel, kind, 'cancel', cardId)];
}

/**
 * The width (CSS px) a row of buttons may take on a 375-px phone: Teams shows the card 343 px wide
 * with 16 px of padding each side (review 2026-11-25, "Button length"). Teams lays a row out without
 * wrapping a title, so what does not fit is cut off.
 */
export const PHONE_ROW_WIDTH = 311;
/** Teams' button around its title: 12 px of padding and a 1-px border each side; 8 px between two buttons. */
const BUTTON_CHROME = 26;
const BUTTON_SPACING = 8;
/** Characters drawn about a full em wide at 14 px: CJK, Hangul, full-width forms. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/**
 * A generous guess at a button's width from its title (14-px semibold: no Latin or Cyrillic
 * letter but W, M and Ш is wider than 8.5 px; a CJK character is 14 px). It only decides where a
 * row breaks; the 375-px test (test/conversation/phoneButtons.test.ts) measures the real thing.
 */
export function buttonWidth(title: string): number {
  let width = BUTTON_CHROME;
  for (const ch of title) width += WIDE.test(ch) ? 15 : 8.5;
  return width;
}

/** Buttons in the order given, as many to a row as fit a phone; a button too wide for any row gets one of its own. */
export function buttonRows<B extends { title: string }>(buttons: readonly B[]): B[][] {
  const rows: B[][] = [];
  let used = 0;
  for (const button of buttons) {
    const width = buttonWidth(button.title);
    const row = rows[rows.length - 1];
    if (row && used + BUTTON_SPACING + width <= PHONE_ROW_WIDTH) {
      row.push(button);
      used += BUTTON_SPACING + width;
    } else {
      rows.push([button]);
      used = width;
    }
  }
  return rows;
}

/**
 * Where a card's buttons go, so that they stay visible on a phone: one row that fits is the card's
 * own `actions`; buttons that need more rows go into `rows`, an ActionSet each at the end of the
 * body, the first apart from the content and the others close under it. `ownRow`: a button set
 * apart in a row of its own, after every other (Sign out).
 */
export interface ButtonLayout<B> {
  actions: B[];
  rows: { spacing: 'Small' | null; buttons: B[] }[];
}

export function laidOut<B extends { title: string }>(buttons: readonly B[], ownRow?: B): ButtonLayout<B> {
  const rows = [...buttonRows(buttons), ...(ownRow ? [[ownRow]] : [])];
  if (rows.length === 1) return { actions: rows[0]!, rows: [] };
  return { actions: [], rows: rows.map((row, i) => ({ spacing: i > 0 ? 'Small' : null, buttons: row })) };
}

/** Marks that let a name pass through a host's Markdown as written: nothing a name holds is markup. */
const MARKUP = /[\\`*_~[\]<>#|]/g;
/** An invisible word joiner after each dot and @: no host turns a name or domain into a link (the joiner is dropped again from typed input). */
export const WORD_JOINER = '\u2060';

/** A name typed by the partner or returned by Partner Center, as plain text in a card: no Markdown, no autolink. */
export function plainText(value: string): string {
  return value.replace(MARKUP, (m) => `\\${m}`).replace(/([.@:])/g, `$1${WORD_JOINER}`);
}

export function customerFacts(c: Catalog, customer: CustomerView): Fact[] {
  return factsOf([
    [c.actions.fields.company, plainText(customer.companyName || customer.domain || customer.tenantId)],
    [c.actions.fields.domain, customer.domain ? plainText(customer.domain) : '—'],
    [c.actions.fields.tenantId, customer.tenantId],
  ]);
}

/** When a status was checked: the time in UTC, as the catalog's language writes a date and a time. */
export function checkedAtText(iso: string, c: Catalog): string {
  return formatTime(iso, localeOfCatalog(c));
}

/** A choice of a choice set. */
export interface Choice {
  title: string;
  value: string;
}

/** The language picker of a customer-facing message: every language the advisor speaks, by its own name. */
export interface LanguagePicker {
  label: string;
  value: LocaleTag;
  choices: Choice[];
}

export function languagePicker(c: Catalog, current: LocaleTag): LanguagePicker {
  return {
    label: c.actions.fields.messageLanguage,
    value: current,
    choices: availableLocales().map((tag) => ({ title: readingCatalogFor(tag).language.name, value: tag })),
  };
}

/** A multi-select of roles (the relationship's, or a role set's), those given already ticked. */
export interface RolesChoice {
  id: string;
  label: string;
  value: string;
  choices: Choice[];
}

export function rolesChoice(id: string, label: string, roles: readonly { id: string; name: string }[], selected: readonly string[]): RolesChoice {
  return { id, label, value: selected.join(','), choices: roles.map((r) => ({ title: r.name, value: r.id })) };
}

/**
 * The customers that match what the partner typed, to pick one (its domain, or its tenant ID when it
 * has none, is what the form sends back), under `note`, which says so: a choice offered, not an error,
 * so not in the problem's colour. A single match comes already picked: Continue takes it.
 */
export interface CustomerMatches {
  note: string | null;
  label: string;
  value: string | null;
  choices: Choice[];
}

export function customerMatches(c: Catalog, matches: readonly CustomerView[] | undefined, note: string | undefined): CustomerMatches | null {
  if (!matches || matches.length === 0) return null;
  const title = (m: CustomerView): string =>
    plainText(m.domain ? `${m.companyName || m.domain} (${m.domain})` : `${m.companyName || m.tenantId} (${m.tenantId})`);
  const value = (m: CustomerView): string => m.domain || m.tenantId;
  return {
    note: note || null,
    label: c.actions.fields.customerChoice,
    value: matches.length === 1 ? value(matches[0]!) : null,
    choices: matches.map((m) => ({ title: title(m), value: value(m) })),
  };
}

/** A form's problem, unless the form offers matches to choose from: then the same words are the note above them (customerMatches). */
export const problemUnlessMatches = (problem: string | undefined, matches: readonly CustomerView[] | undefined): string | null =>
  matches && matches.length > 0 ? null : problem || null;
