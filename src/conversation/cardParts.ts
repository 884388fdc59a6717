// The pieces every action card is built from (text, facts, buttons, the card itself) and the
// plain-text form of a name, shared by the action cards (actionCards.ts) and the access
// assignment cards (assignCards.ts). Pure.
import type { ActionKind } from '../domain/actions';
import type { Catalog } from '../domain/textCatalog';
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

export function card(body: Json[], actions: Json[], summary: string): { card: AdaptiveCard; summary: string } {
  return { card: { type: 'AdaptiveCard', version: '1.5', body, ...(actions.length > 0 ? { actions } : {}) }, summary };
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

/** When a status was checked: the time in UTC, written the same in every language (2026-11-24 18:05 UTC). */
export function checkedAtText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The customers that match what the partner typed, to pick one (its domain, or its tenant ID when it has none, is what the form sends back). */
export function customerMatches(c: Catalog, matches: readonly CustomerView[] | undefined): Json[] {
  if (!matches || matches.length === 0) return [];
  const title = (m: CustomerView): string =>
    plainText(m.domain ? `${m.companyName || m.domain} (${m.domain})` : `${m.companyName || m.tenantId} (${m.tenantId})`);
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'customerChoice',
      label: c.actions.fields.customerChoice,
      style: 'expanded',
      choices: matches.map((m) => ({ title: title(m), value: m.domain || m.tenantId })),
    },
  ];
}
