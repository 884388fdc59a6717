// Adaptive Card rendering: every card the bot sends is a template in cards/ expanded with a typed
// view model by adaptivecards-templating (cardTemplate.ts), parsed once, on first use. The
// advice's templates are here, by card kind; the others where their view models are made (the
// Partner Center actions', the follow-ups', My cases' and the team's). A render costs far more
// than a lookup (bench/README.md, "Kept packages"), so rendered cards are kept, keyed by the
// template and a digest of the whole data; replyCardCache.ts keeps whole replies on top of it.
import welcome from '../../../cards/welcome.json';
import question from '../../../cards/question.json';
import result from '../../../cards/result.json';
import change from '../../../cards/change.json';
import help from '../../../cards/help.json';
import language from '../../../cards/language.json';
import notice from '../../../cards/notice.json';
import answered from '../../../cards/answered.json';
import caseView from '../../../cards/caseView.json';
import { CardKind, CardView } from '../advisor/viewModels';
import { Template } from './cardTemplate';
import { BoundedCache } from '../../domain/boundedCache';
import { jsonPiece, keepJson } from '../../domain/keptJson';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Every template by its name, which keys its renders with the data. */
const registered = new Map<string, Template>();

/**
 * A template in cards/ and the type of the view model it is expanded with. Its name keys the
 * render cache with the data, so two templates under one name are refused. The templates name the
 * card schema for editors; clients do not need it, and every message would carry it, so it is
 * left out of what is sent.
 */
export class CardTemplate<M extends object> {
  private readonly template: Template;

  constructor(
    readonly name: string,
    payload: { $schema?: string; [key: string]: unknown },
  ) {
    if (registered.has(name)) throw new Error(`Two card templates are named ${name}`);
    const { $schema, ...rest } = payload;
    this.template = new Template(rest);
    registered.set(name, this.template);
  }

  /** The card for a view model: kept, frozen, shared with every later render of the same model (renderKept). */
  render(model: M): AdaptiveCard {
    return renderKept(this.name, this.template, model);
  }

  /** The same card rendered afresh: what render must always give (its test holds the two equal). */
  renderUncached(model: M): AdaptiveCard {
    return expand(this.template, model);
  }
}

const TEMPLATES: Record<CardKind, CardTemplate<CardView['data']>> = {
  welcome: new CardTemplate('welcome', welcome),
  question: new CardTemplate('question', question),
  result: new CardTemplate('result', result),
  change: new CardTemplate('change', change),
  help: new CardTemplate('help', help),
  language: new CardTemplate('language', language),
  notice: new CardTemplate('notice', notice),
  answered: new CardTemplate('answered', answered),
  caseView: new CardTemplate('caseView', caseView),
};

/** The names of the templates registered so far (each module registers its own when it loads). */
export const cardTemplateNames = (): string[] => [...registered.keys()];

/** Loads the template engine and parses every template: done by the host once it listens, so no user's first card waits for it. */
export function warmCardTemplates(): void {
  for (const t of registered.values()) t.warm();
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  [key: string]: unknown;
}

/** Distinct cards are bounded (replies × languages × forms, receipts); beyond this the least recently used go. */
const RENDERED_LIMIT = 4000;
const rendered = new BoundedCache<string, AdaptiveCard>({ maxEntries: RENDERED_LIMIT });

/**
 * The card for a view. The result is shared with every later render of the same template and
 * data, so it is frozen, with its JSON written once (keptJson.ts): a caller copies what it changes
 * (mapCardActions does), and a copy never carries the kept text.
 */
export function renderCard(view: CardView): AdaptiveCard {
  return TEMPLATES[view.card].render(view.data);
}

/** The card for a view, rendered afresh: what renderCard must always give (its test holds the two equal). */
export function renderCardUncached(view: CardView): AdaptiveCard {
  return TEMPLATES[view.card].renderUncached(view.data);
}

function renderKept(name: string, template: Template, data: object): AdaptiveCard {
  const key = renderKey(name, data);
  const kept = key === undefined ? undefined : rendered.get(key);
  if (kept) return kept;
  const card = expand(template, data);
  freeze(keepJson(card, [jsonPiece(JSON.stringify(card))]));
  if (key !== undefined) rendered.set(key, card);
  return card;
}

/**
 * The template expanded with the data. A template says "no such property" with a value that is
 * null (a button's style, a row's spacing): adaptivecards-templating writes it as null, and no
 * Adaptive Card holds one, so it is left out here; so is the card's own list of buttons when it
 * came out empty (its buttons went into rows in the body, or it has none).
 */
function expand(template: Template, data: object): AdaptiveCard {
  const card = leaveOutNone(template.expand({ $root: data })) as AdaptiveCard;
  if (Array.isArray(card.actions) && card.actions.length === 0) delete card.actions;
  return card;
}

/** The expanded value without its null properties (changed in place: the expansion is new). */
function leaveOutNone(value: unknown): unknown {
  if (Array.isArray(value)) for (const item of value) leaveOutNone(item);
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      if (child === null) delete (value as Record<string, unknown>)[key];
      else leaveOutNone(child);
    }
  return value;
}

/**
 * The render's key: the template's name and the whole data as JSON, a digest of it when long.
 * Never a list of fields (a field left out of one once put one user's words on another's card).
 * Data that JSON would not write exactly as the template reads it (a Set, a Date, a number that
 * is not finite, a hole in a list) gets no key and is rendered each time.
 */
function renderKey(name: string, data: object): string | undefined {
  if (!plainJson(data)) return undefined;
  const whole = `${name}\n${JSON.stringify(data)}`;
  return whole.length <= SHORT_KEY ? whole : digest(whole);
}

/** Whether JSON.stringify writes the value as the template reads it (a missing field is left out either way). */
function plainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) if (value[i] === undefined || !plainJson(value[i])) return false;
    return true;
  }
  if (typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if ((proto !== Object.prototype && proto !== null) || 'toJSON' in value) return false;
  for (const child of Object.values(value)) if (child !== undefined && !plainJson(child)) return false;
  return true;
}

/** Up to this many characters the input keys itself (no digest's cost): 4,000 such keys are at most 2 MB. */
const SHORT_KEY = 256;

/**
 * SHA-256 (node:crypto) in the bot; the side panel's browser bundle has no synchronous digest and
 * keys by the text itself, which is its whole input too. Looked up at run time so the bundle
 * imports nothing of Node.
 */
const digest: (text: string) => string = (() => {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const crypto = node?.getBuiltinModule?.('node:crypto') as { hash?: (algorithm: string, data: string, encoding: 'base64url') => string } | undefined;
  const hash = crypto?.hash;
  return hash ? (text: string) => `#${hash('sha256', text, 'base64url')}` : (text: string) => text;
})();

function freeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) freeze(child);
  }
  return value;
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
