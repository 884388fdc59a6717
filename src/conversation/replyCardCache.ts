// What the user is shown for a reply: a rendered card with its plain-text fallback, or plain
// text. Rendered replies are cached (whole messages too: cachedReply): most turns show something
// already shown to someone (the same question in the same language, the same outcome), and
// building the view and expanding the template cost far more than a lookup. The step token differs
// on every turn, so a card is cached with a placeholder token, put back into a copy of just the
// objects on the way to it. Cached cards are frozen: a reused card can never be changed by its sender.
import { BoundedCache } from '../domain/boundedCache';
import { catalogFor } from '../domain/textCatalog';
import { LocaleTag } from '../domain/locales';
import { Answers } from '../domain/questions';
import { Outcome } from '../domain/outcomes';
import { AdaptiveCard, renderCard } from './cards';
import { Reply } from './flow';
import { CardKind, viewOf } from './viewModels';
import { CitedResult } from './citations';

export type RenderedReply = { kind: CardKind; card: AdaptiveCard; fallbackText: string; cited?: CitedResult } | { text: string };

const TOKEN_PLACEHOLDER = '\u2063token\u2063';
/** Distinct replies are bounded (questions × notices, outcomes × languages, × forms); this is ample. */
const LIMIT = 6000;

/** Where the token stands in a cached value: the keys on the way to it, the token at the leaves. */
interface TokenPaths {
  leaf?: true;
  children?: [key: string | number, paths: TokenPaths][];
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
  return children.length > 0 ? { children } : undefined;
}

/** A copy of `node` with the token at its paths; everything off the way to them is shared. */
function withToken(node: unknown, paths: TokenPaths, token: string): unknown {
  if (paths.leaf) return token;
  const source = node as Record<string | number, unknown>;
  const copy = (Array.isArray(node) ? [...(node as unknown[])] : { ...(node as object) }) as Record<string | number, unknown>;
  for (const [key, child] of paths.children!) copy[key] = withToken(source[key], child, token);
  return copy;
}

function answersKey(a: Answers): string {
  return `${a.cloud ?? ''}/${a.channel ?? ''}/${a.service ?? ''}/${a.goal ?? ''}/${a.partnerType ?? ''}`;
}

/** The same answers give another result in another edition of the policy. */
function outcomeKey(o: Outcome): string {
  return `${o.edition}/${o.row}`;
}

/** A re-prompt quotes the user's words; the count keeps each one in a row distinct. */
function retryKey(reply: Extract<Reply, { kind: 'question' }>): string {
  if (!reply.retry) return '';
  return `${reply.retry.count}|${reply.retry.mismatches.map((m) => `${m.question}=${JSON.stringify(m.words)}`).join('|')}`;
}

/** Everything a reply's card depends on but its step token. */
function keyOf(reply: Reply): string {
  switch (reply.kind) {
    case 'welcome':
    case 'languageChanged':
    case 'hello':
    case 'resultStanding':
    case 'earlier':
      return reply.kind;
    case 'caseView':
      // The asker's name and the link make it one viewer's card; the cache's limit bounds them.
      return `caseView|${JSON.stringify(reply.askerName ?? '')}|${answersKey(reply.answers)}|${reply.outcome ? outcomeKey(reply.outcome) : ''}|${reply.ownCaseUrl ?? ''}|${reply.typed ? 'typed' : ''}`;
    case 'help':
      return reply.myCases ? 'help|myCases' : 'help';
    case 'language':
      return `language|${reply.current}`;
    case 'closed':
      return `closed|${reply.notice ?? ''}`;
    case 'question':
      return `question|${reply.question}|${reply.notice ?? ''}|${reply.selected ?? ''}|${reply.canGoBack}|${reply.position}/${reply.total}|${answersKey(reply.answers)}|${reply.understood ? answersKey(reply.understood) : ''}|${retryKey(reply)}`;
    case 'result':
      return `result|${outcomeKey(reply.outcome)}|${answersKey(reply.answers)}|${reply.content?.key ?? ''}|${reply.actions?.join(',') ?? ''}`;
    case 'summaryText':
      return `summary|${outcomeKey(reply.outcome)}|${answersKey(reply.answers)}|${reply.content?.key ?? ''}`;
    case 'change':
      return `change|${answersKey(reply.answers)}`;
  }
}

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
  const key = `${variant}|${locale}|${keyOf(reply)}`;
  let entry = cache.get(key);
  if (!entry) {
    const value = freeze(build(render(token === undefined ? reply : ({ ...reply, token: TOKEN_PLACEHOLDER } as Reply), locale)));
    const paths = tokenPathsOf(value, TOKEN_PLACEHOLDER);
    entry = paths ? { value, paths } : { value };
    cache.set(key, entry);
  }
  return (entry.paths ? withToken(entry.value, entry.paths, token ?? '') : entry.value) as T;
}

const asRendered = (rendered: RenderedReply): RenderedReply => rendered;

/** The card (or text) for a reply in a language. */
export function renderReply(reply: Reply, locale: LocaleTag): RenderedReply {
  return cachedReply(reply, locale, 'shown', asRendered);
}
