// Adaptive Card rendering: the templates in cards/ are parsed once, at load, and expanded with a
// view model per reply (replyCardCache.ts keeps the cards already rendered), by the project's own
// expander of the template subset the cards use (templateExpander.ts says why).
import welcome from '../../cards/welcome.json';
import question from '../../cards/question.json';
import result from '../../cards/result.json';
import change from '../../cards/change.json';
import help from '../../cards/help.json';
import language from '../../cards/language.json';
import notice from '../../cards/notice.json';
import answered from '../../cards/answered.json';
import caseView from '../../cards/caseView.json';
import { CardKind, CardView } from './viewModels';
import { Template } from './templateExpander';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * The templates name the card schema for editors; clients do not need it, and every message
 * would carry it, so it is left out of what is sent.
 */
function template(card: { $schema?: string }): Template {
  const { $schema, ...rest } = card;
  return new Template(rest);
}

const TEMPLATES: Record<CardKind, Template> = {
  welcome: template(welcome),
  question: template(question),
  result: template(result),
  change: template(change),
  help: template(help),
  language: template(language),
  notice: template(notice),
  answered: template(answered),
  caseView: template(caseView),
};

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  [key: string]: unknown;
}

export function renderCard(view: CardView): AdaptiveCard {
  return TEMPLATES[view.card].expand({ $root: view.data }) as AdaptiveCard;
}

/** A message attachment for the card (the Bot Framework's attachment shape, no SDK needed). */
export function cardAttachment(card: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}

type Element = Record<string, unknown>;

function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A body's elements with every ActionSet's actions (at any depth: containers, columns) passed through `map`. */
function mapBodyActions(items: unknown, map: (action: Element) => Element): unknown {
  if (!Array.isArray(items)) return items;
  return (items as unknown[]).map((item): unknown => {
    if (!isElement(item)) return item;
    let copy = item;
    if (item.type === 'ActionSet' && Array.isArray(item.actions))
      copy = { ...copy, actions: (item.actions as unknown[]).map((a): unknown => (isElement(a) ? map(a) : a)) };
    for (const key of ['items', 'columns'] as const) if (Array.isArray(item[key])) copy = { ...copy, [key]: mapBodyActions(item[key], map) };
    return copy;
  });
}

/**
 * The card with every button passed through `map`: the card's own actions and those of the
 * ActionSets in its body (cards lay buttons out in rows of ActionSets to fit a phone).
 */
export function mapCardActions(card: AdaptiveCard, map: (action: Element) => Element): AdaptiveCard {
  let copy: AdaptiveCard = card;
  if (Array.isArray(card.body)) copy = { ...copy, body: mapBodyActions(card.body, map) };
  if (Array.isArray(card.actions)) copy = { ...copy, actions: card.actions.map((a: unknown) => (isElement(a) ? map(a) : a)) };
  return copy;
}

/** Every button of a card, in order: those in its body's ActionSets, then its own actions (read in place, nothing copied). */
export function cardActions(card: AdaptiveCard): Element[] {
  const found: Element[] = [];
  const walk = (items: unknown): void => {
    if (!Array.isArray(items)) return;
    for (const item of items as unknown[]) {
      if (!isElement(item)) continue;
      if (item.type === 'ActionSet' && Array.isArray(item.actions)) for (const a of item.actions as unknown[]) if (isElement(a)) found.push(a);
      walk(item.items);
      walk(item.columns);
    }
  };
  walk(card.body);
  if (Array.isArray(card.actions)) for (const a of card.actions as unknown[]) if (isElement(a)) found.push(a);
  return found;
}
