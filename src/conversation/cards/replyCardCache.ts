// What the user is shown for a reply: a rendered card with its plain-text fallback, or plain
// text. Rendered replies are cached (whole messages too: cachedReply): most turns show something
// already shown to someone (the same question in the same language, the same outcome), and
// building the view and expanding the template cost far more than a lookup. The step token differs
// on every turn, so a card is cached with a placeholder token, put back into a copy of just the
// objects on the way to it. Cached cards are frozen: a reused card can never be changed by its sender.
// Each card's JSON is written once too (keptJson.ts): a turn's copy keeps the template's text with
// its token, so sending it serialises only the message around it.
import { BoundedCache } from '../../domain/boundedCache';
import { JsonPiece, JsonSegment, jsonPiece, keepJson } from '../../domain/keptJson';
import { catalogFor } from '../../domain/textCatalog';
import { LocaleTag } from '../../domain/locales';
import { AdaptiveCard, renderCard } from './cards';
import { Reply } from '../advisor/flow';
import { CardKind, viewOf } from '../advisor/viewModels';
import { CitedResult } from '../advisor/citations';

export type RenderedReply = { kind: CardKind; card: AdaptiveCard; fallbackText: string; cited?: CitedResult } | { text: string };

const TOKEN_PLACEHOLDER = '\u2063token\u2063';
/** Distinct replies are bounded (questions × notices, outcomes × languages, × forms); this is ample. */
const LIMIT = 6000;

/**
 * Where the token stands in a cached value: the keys on the way to it, the token at the leaves,
 * and on a card that holds it, that card's JSON cut at the token (so a turn's copy looks nothing up).
 */
interface TokenPaths {
  leaf?: true;
  children?: [key: string | number, paths: TokenPaths][];
  template?: readonly JsonPiece[];
}
interface CachedValue {
  value: unknown;
  paths?: TokenPaths;
}
/** The cached replies; beyond the limit the least recently used is dropped. */
const cache = new BoundedCache<string, CachedValue>({ maxEntries: LIMIT });

function freeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) freeze(child);
  }
  return value;
}

function tokenPathsOf(value: unknown, target: string): TokenPaths | undefined {
  if (value === target) return { leaf: true };
  if (value === null || typeof value !== 'object') return undefined;
  const children: [string | number, TokenPaths][] = [];
  for (const [key, child] of Object.entries(value as object)) {
    const paths = tokenPathsOf(child, target);
    if (paths) children.push([Array.isArray(value) ? Number(key) : key, paths]);
  }
  if (children.length === 0) return undefined;
  const template = templates.get(value);
  return template === undefined ? { children } : { children, template };
}

/** Below this, a part of a cached reply other than a card is written afresh: its text would save little. */
const KEPT_MIN_CHARS = 256;
/** The placeholder as it stands in a card's JSON: a whole string, as tokenPathsOf finds it. */
const PLACEHOLDER_JSON = JSON.stringify(TOKEN_PLACEHOLDER);
/** A card that holds the token, while it is cached: its JSON cut at the placeholder (then kept on its TokenPaths). */
const templates = new WeakMap<object, JsonPiece[]>();

/**
 * Writes the JSON of each card in a cached value once (the outermost AdaptiveCard objects: the
 * value itself, a message's attachment, a rendered reply's card). A card without the token keeps
 * its text itself; one with it keeps a template that each turn's copy fills in (withToken).
 * Writing each level's text again on the way down costs only at a cache miss.
 */
function writeCardTexts(node: unknown, root = true): void {
  if (node === null || typeof node !== 'object') return;
  const text = JSON.stringify(node);
  const withPlaceholder = text.includes(PLACEHOLDER_JSON);
  if ((node as { type?: unknown }).type === 'AdaptiveCard') {
    if (withPlaceholder) templates.set(node, text.split(PLACEHOLDER_JSON).map(jsonPiece));
    else keepJson(node, [jsonPiece(text)]);
    return;
  }
  // Anything else this large that every copy shares as it is (a verdict's citations) keeps its text
  // too; not the reply itself, which a sender copies to add its own fields (a message's address).
  if (!root && !withPlaceholder && text.length >= KEPT_MIN_CHARS) {
    keepJson(node, [jsonPiece(text)]);
    return;
  }
  for (const child of Object.values(node)) writeCardTexts(child, false);
}

/**
 * A copy of `node` with the token at its paths; everything off the way to them is shared. A
 * copied card keeps its JSON: its template with the token.
 */
function withToken(node: unknown, paths: TokenPaths, token: string, tokenJson: string): unknown {
  if (paths.leaf) return token;
  const source = node as Record<string | number, unknown>;
  // Object.assign, not a spread: the copies on the way to a token are of a dozen shapes (the
  // activity, its attachment, the card, each action and its data), and a spread at one site over
  // so many shapes takes V8's slow generic path, about three times Object.assign's cost.
  const copy = (Array.isArray(node) ? [...(node as unknown[])] : Object.assign({}, node)) as Record<string | number, unknown>;
  for (const [key, child] of paths.children!) copy[key] = withToken(source[key], child, token, tokenJson);
  return paths.template === undefined ? copy : keepJson(copy, filled(paths.template, tokenJson));
}

/** A template's pieces with the token between each two. */
function filled(template: readonly JsonPiece[], tokenJson: string): JsonSegment[] {
  const segments: JsonSegment[] = [template[0]!];
  for (let i = 1; i < template.length; i += 1) segments.push(tokenJson, template[i]!);
  return segments;
}

/**
 * The cache's key: a digest of everything the cached value is built from (the variant, the
 * language and the whole reply or input, a step token replaced by the placeholder). Never a list
 * of fields: a field left out of such a list once put one user's words on another user's card.
 * Two inputs that differ in anything the view could read get different keys; the same input
 * written with its fields in another order only costs a second entry.
 */
function keyOf(variant: string, locale: LocaleTag | '', input: unknown): string {
  const text = JSON.stringify([variant, locale, input]);
  // A short input is its own key (most questions): the same whole input, without a digest's cost
  // on every turn. A text (it starts with "[") and a digest (base64url) never look alike.
  return text.length <= SHORT_KEY ? text : digest(text);
}

/** Up to this many characters an input keys itself: 6,000 entries of it are at most 3 MB. */
const SHORT_KEY = 256;

/**
 * SHA-256 (node:crypto) where this runs in Node, the bot; this module is also bundled into the
 * side panel's browser engine (one user's cache), which has no synchronous digest and keys by the
 * text itself, which is its whole input too. Looked up at run time so the bundle imports nothing of Node.
 */
const digest: (text: string) => string = (() => {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const crypto = node?.getBuiltinModule?.('node:crypto') as { hash?: (algorithm: string, data: string, encoding: 'base64url') => string } | undefined;
  const hash = crypto?.hash;
  return hash ? (text: string) => hash('sha256', text, 'base64url') : (text: string) => text;
})();

function render(reply: Reply, locale: LocaleTag): RenderedReply {
  const view = viewOf(reply, catalogFor(locale), locale);
  if ('text' in view) return view;
  const shown: RenderedReply = { kind: view.card, card: renderCard(view), fallbackText: view.fallbackText };
  if (view.cited) shown.cited = view.cited;
  return shown;
}

/**
 * A reply as `build` makes it (the card itself, or a whole message for a kind of channel),
 * cached under `variant`, so each variant is built once per distinct reply and then only copied along
 * the way to its tokens. The result is frozen wherever it is shared; the caller may not change it.
 */
export function cachedReply<T>(reply: Reply, locale: LocaleTag, variant: string, build: (rendered: RenderedReply) => T): T {
  const token = 'token' in reply ? reply.token : undefined;
  const shared = token === undefined ? reply : ({ ...reply, token: TOKEN_PLACEHOLDER } as Reply);
  const key = keyOf(variant, locale, shared);
  const entry = cache.get(key) ?? remember(key, build(render(shared, locale)));
  if (!entry.paths) return entry.value as T;
  const filled = token ?? '';
  return withToken(entry.value, entry.paths, filled, JSON.stringify(filled)) as T;
}

/**
 * A card that holds no step token (a receipt), built once per distinct `input` and kept with the
 * replies, frozen and with its JSON written once. `build` gets the input itself, so the card can
 * depend on nothing the key does not hold.
 */
export function cachedCard<I>(input: I, build: (input: I) => AdaptiveCard): AdaptiveCard {
  const key = keyOf('card', '', input);
  return (cache.get(key) ?? remember(key, build(input))).value as AdaptiveCard;
}

/** Keeps a value just built: its cards' JSON written, frozen, with the paths to its token if it has one. */
function remember(key: string, built: unknown): CachedValue {
  writeCardTexts(built);
  const value = freeze(built);
  const paths = tokenPathsOf(value, TOKEN_PLACEHOLDER);
  const entry = paths ? { value, paths } : { value };
  cache.set(key, entry);
  return entry;
}

/**
 * The same reply built afresh, as a cache miss builds it but with its own token and nothing kept:
 * what the cache must always give back (the differential test of every cached form holds the two equal).
 */
export function freshReply<T>(reply: Reply, locale: LocaleTag, build: (rendered: RenderedReply) => T): T {
  return build(render(reply, locale));
}

const asRendered = (rendered: RenderedReply): RenderedReply => rendered;

/** The card (or text) for a reply in a language. */
export function renderReply(reply: Reply, locale: LocaleTag): RenderedReply {
  return cachedReply(reply, locale, 'shown', asRendered);
}
