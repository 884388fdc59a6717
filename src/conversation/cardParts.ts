// The pieces every action card is built from (text, facts, buttons, the card itself) and the
// plain-text form of a name, shared by the action cards (actionCards.ts) and the access
// assignment cards (assignCards.ts). Pure.
import type { ActionKind } from '../domain/actions';
import { Catalog, formatTime, localeOfCatalog } from '../domain/textCatalog';
import { AdaptiveCard } from './cards';
import { ActionStep, PARTNER_ACTION } from './actionClicks';

export interface CustomerView {
  companyName: string;
  tenantId: string;
  domain: string;
}

export type Json = Record<string, unknown>;

export const textBlock = (text: string, extra: Json = {}): Json => ({ type: 'TextBlock', text, wrap: true, ...extra });
export const heading = (text: string): Json => textBlock(text, { size: 'Medium', weight: 'Bolder', style: 'heading' });
export const facts = (rows: [string, string][]): Json => ({ type: 'FactSet', facts: rows.map(([title, value]) => ({ title, value })) });
export const problemBlock = (problem: string | undefined): Json[] => (problem ? [textBlock(problem, { color: 'Attention', id: 'problem' })] : []);
/** A step's opening: its title, what to do, and what is wrong with what was typed, if anything. */
export const opening = (title: string, intro: string, problem: string | undefined): Json[] => [heading(title), textBlock(intro), ...problemBlock(problem)];

export function button(title: string, kind: ActionKind, step: ActionStep, cardId: string | undefined, more: Json = {}, style?: 'positive'): Json {
  return {
    type: 'Action.Submit',
    title,
    ...(style ? { style } : {}),
    data: { action: PARTNER_ACTION, kind, step, ...(cardId ? { card: cardId } : {}), ...more },
  };
}

/** A step's two buttons: go on (the positive one) and cancel. */
export function stepButtons(c: Catalog, kind: ActionKind, step: 'review' | 'confirm', cardId: string): Json[] {
  const label = step === 'review' ? c.actions.buttons.continue : c.actions.buttons.confirm;
  return [button(label, kind, step, cardId, {}, 'positive'), button(c.actions.buttons.cancel, kind, 'cancel', cardId)];
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
export function buttonRows(actions: readonly Json[]): Json[][] {
  const rows: Json[][] = [];
  let used = 0;
  for (const action of actions) {
    const width = buttonWidth(typeof action.title === 'string' ? action.title : '');
    const row = rows[rows.length - 1];
    if (row && used + BUTTON_SPACING + width <= PHONE_ROW_WIDTH) {
      row.push(action);
      used += BUTTON_SPACING + width;
    } else {
      rows.push([action]);
      used = width;
    }
  }
  return rows;
}

/** Rows of buttons at the end of a body: ActionSets, the first apart from the content and the others close under it. */
function actionSets(rows: readonly Json[][]): Json[] {
  return rows.map((actions, i) => ({ type: 'ActionSet', ...(i > 0 ? { spacing: 'Small' } : {}), actions }));
}

/**
 * A card whose buttons stay visible on a phone: one row that fits stays the card's own actions;
 * buttons that need more rows go into ActionSets, a row each, at the end of the body. `ownRow`: a
 * button set apart in a row of its own, after every other (Sign out).
 */
export function card(body: Json[], actions: Json[], summary: string, ownRow?: Json): { card: AdaptiveCard; summary: string } {
  const rows = [...buttonRows(actions), ...(ownRow ? [[ownRow]] : [])];
  const laidOut: Json = rows.length > 1 ? { body: [...body, ...actionSets(rows)] } : { body, ...(rows.length === 1 ? { actions: rows[0] } : {}) };
  return { card: { type: 'AdaptiveCard', version: '1.5', ...laidOut }, summary };
}

/** The same card with one more button in a row of its own after its others (Sign out), every row still fitting a phone. */
export function withOwnRow(built: { card: AdaptiveCard; summary: string }, button: Json): { card: AdaptiveCard; summary: string } {
  const { body: rawBody, actions: own, ...rest } = built.card;
  const body = Array.isArray(rawBody) ? (rawBody as Json[]) : [];
  // The card's buttons: its own actions (one row), or the ActionSets `card` put at the end of its body.
  let end = body.length;
  while (end > 0 && body[end - 1]!.type === 'ActionSet') end--;
  const buttons = Array.isArray(own) ? (own as Json[]) : body.slice(end).flatMap((set) => set.actions as Json[]);
  const relaid = card(Array.isArray(own) ? body : body.slice(0, end), buttons, built.summary, button);
  return { card: { ...rest, ...relaid.card }, summary: built.summary };
}

/** Marks that let a name pass through a host's Markdown as written: nothing a name holds is markup. */
const MARKUP = /[\\`*_~[\]<>#|]/g;
/** An invisible word joiner after each dot and @: no host turns a name or domain into a link (the joiner is dropped again from typed input). */
/** A multi-select of roles (the relationship's, or a role set's), those given already ticked. */
export function rolesChoice(id: string, label: string, roles: readonly { id: string; name: string }[], selected: readonly string[]): Json {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    isMultiSelect: true,
    style: 'expanded',
    value: selected.join(','),
    choices: roles.map((r) => ({ title: r.name, value: r.id })),
  };
}

export const WORD_JOINER = '\u2060';

/** A name typed by the partner or returned by Partner Center, as plain text in a card: no Markdown, no autolink. */
export function plainText(value: string): string {
  return value.replace(MARKUP, (m) => `\\${m}`).replace(/([.@:])/g, `$1${WORD_JOINER}`);
}

export function customerFacts(c: Catalog, customer: CustomerView): [string, string][] {
  return [
    [c.actions.fields.company, plainText(customer.companyName || customer.domain || customer.tenantId)],
    [c.actions.fields.domain, customer.domain ? plainText(customer.domain) : '—'],
    [c.actions.fields.tenantId, customer.tenantId],
  ];
}

/** When a status was checked: the time in UTC, as the catalog's language writes a date and a time. */
export function checkedAtText(iso: string, c: Catalog): string {
  return formatTime(iso, localeOfCatalog(c));
}

/**
 * The customers that match what the partner typed, to pick one (its domain, or its tenant ID when it
 * has none, is what the form sends back), under `note`, which says so: a choice offered, not an error,
 * so not in the problem's colour. A single match comes already picked: Continue takes it.
 */
export function customerMatches(c: Catalog, matches: readonly CustomerView[] | undefined, note: string | undefined): Json[] {
  if (!matches || matches.length === 0) return [];
  const title = (m: CustomerView): string =>
    plainText(m.domain ? `${m.companyName || m.domain} (${m.domain})` : `${m.companyName || m.tenantId} (${m.tenantId})`);
  const value = (m: CustomerView): string => m.domain || m.tenantId;
  return [
    ...(note ? [textBlock(note, { id: 'choose' })] : []),
    {
      type: 'Input.ChoiceSet',
      id: 'customerChoice',
      label: c.actions.fields.customerChoice,
      style: 'expanded',
      ...(matches.length === 1 ? { value: value(matches[0]!) } : {}),
      choices: matches.map((m) => ({ title: title(m), value: value(m) })),
    },
  ];
}

/** A form's problem, unless the form offers matches to choose from: then the same words are the note above them (customerMatches). */
export const problemUnlessMatches = (problem: string | undefined, matches: readonly CustomerView[] | undefined): string | undefined =>
  matches && matches.length > 0 ? undefined : problem;
