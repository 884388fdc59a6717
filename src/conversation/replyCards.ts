// What the user is shown for a reply: a rendered card with its plain-text fallback, or plain
// text. Rendered replies are kept and reused: most turns show something already shown to someone
// (the same question in the same language, the same outcome), and building the view and
// expanding the template cost far more than a lookup. The step token differs on every turn, so a
// card is kept with a stand-in token and the real one is put back into a copy of just the objects
// on the way to it. Kept cards are frozen: a reused card can never be changed by its sender.
import { catalogFor } from '../domain/content';
import { LocaleTag } from '../domain/locales';
import { AdaptiveCard, renderCard } from './cards';
import { Reply } from './flow';
import { CardKind, viewOf } from './viewModels';

export type Shown = { kind: CardKind; card: AdaptiveCard; fallbackText: string } | { text: string };

const TOKEN_STAND_IN = '\u2063token\u2063';
/** Distinct replies are bounded (questions × notices, outcomes × languages); this is ample. */
const LIMIT = 3000;

type Path = (string | number)[];
interface Kept {
  shown: Shown;
  /** Where the token stands in the card. */
  tokenPaths: Path[];
}
const kept = new Map<string, Kept>();

function freeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) freeze(child);
  }
  return value;
}

function pathsTo(value: unknown, target: string, at: Path = [], found: Path[] = []): Path[] {
  if (value === target) found.push(at);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as object)) pathsTo(child, target, [...at, Array.isArray(value) ? Number(key) : key], found);
  }
  return found;
}

/** A copy of `node` with `value` at `path`; everything off the path is shared. */
function withValueAt(node: unknown, path: Path, value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(node)) return node.map((child, i) => (i === head ? withValueAt(child, rest, value) : child));
  const record = node as Record<string, unknown>;
  return { ...record, [head!]: withValueAt(record[head as string], rest, value) };
}

function build(reply: Reply, locale: LocaleTag): Shown {
  const view = viewOf(reply, catalogFor(locale), locale);
  return 'text' in view ? view : { kind: view.card, card: renderCard(view), fallbackText: view.fallbackText };
}

/** The card (or text) for a reply in a language. */
export function showReply(reply: Reply, locale: LocaleTag): Shown {
  const token = 'token' in reply ? reply.token : undefined;
  const key = `${locale}\u0000${JSON.stringify(token === undefined ? reply : { ...reply, token: TOKEN_STAND_IN })}`;
  let entry = kept.get(key);
  if (entry) {
    kept.delete(key); // the most recently used goes last
  } else {
    const shown = freeze(build(token === undefined ? reply : ({ ...reply, token: TOKEN_STAND_IN } as Reply), locale));
    entry = { shown, tokenPaths: 'card' in shown ? pathsTo(shown.card, TOKEN_STAND_IN) : [] };
    if (kept.size >= LIMIT) kept.delete(kept.keys().next().value!);
  }
  kept.set(key, entry);
  if (!('card' in entry.shown) || entry.tokenPaths.length === 0) return entry.shown;
  let card: unknown = entry.shown.card;
  for (const path of entry.tokenPaths) card = withValueAt(card, path, token ?? '');
  return { ...entry.shown, card: card as AdaptiveCard };
}
