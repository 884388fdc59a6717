// The languages against en-US, the reference: the same keys, no empty text, the same {placeholders}
// (a missing one would show a blank, an unknown one would show "{name}" to the user) and the same
// number of steps; and every text a card may show safe as Markdown.
import { DEFAULT_LOCALE, LOCALES } from '../locales';
import { unsafeMarkdown } from './markdown';
import { Problem, listed, placeholdersOf, problem } from './problems';
import { isRecord } from '../records';

/** A leaf of a catalog: a text, or a list of texts (steps, synonyms), as one value. */
type Leaf = string | readonly string[];

/** Every leaf by dotted key; `$schema`/`$comment` are annotations, not texts. */
export function leavesOf(node: unknown, prefix = '', into = new Map<string, Leaf>()): Map<string, Leaf> {
  if (isRecord(node)) {
    for (const [key, value] of Object.entries(node)) if (!key.startsWith('$')) leavesOf(value, prefix ? `${prefix}.${key}` : key, into);
  } else if (typeof node === 'string' || (Array.isArray(node) && node.every((v) => typeof v === 'string'))) {
    into.set(prefix, node as Leaf);
  } else if (Array.isArray(node)) {
    // A list of objects (an overlay's notes and links): each item by its index.
    node.forEach((item, i) => leavesOf(item, `${prefix}.${i}`, into));
  }
  return into;
}

/** What users type, not what they read: synonyms and command phrases (free in number, never shown). */
export function isMatchData(key: string): boolean {
  return key.startsWith('synonyms.') || key.endsWith('.phrases');
}

/** A leaf's texts made only of spaces (a card would show a blank), by dotted key. */
function emptiesOf(file: string, key: string, value: Leaf, prefix = ''): Problem[] {
  return (typeof value === 'string' ? [value] : value).flatMap((t, i) =>
    t.trim() === '' ? [problem(file, `${prefix}${typeof value === 'string' ? key : `${key}.${i}`}`, 'is empty')] : [],
  );
}

/** One language's leaves against the reference's: missing and extra keys, empties, placeholders, step counts. */
export function parityProblems(file: string, reference: Map<string, Leaf>, leaves: Map<string, Leaf>, referenceName: string): Problem[] {
  const problems: Problem[] = [];
  for (const key of reference.keys()) if (!leaves.has(key)) problems.push(problem(file, key, `missing (${referenceName} has it)`));
  for (const [key, value] of leaves) {
    const source = reference.get(key);
    if (source === undefined) {
      problems.push(problem(file, key, `not in ${referenceName}: remove it or add it there first`));
      continue;
    }
    const texts = typeof value === 'string' ? [value] : value;
    const sources = typeof source === 'string' ? [source] : source;
    if (typeof value !== typeof source) {
      problems.push(problem(file, key, typeof source === 'string' ? 'must be a text, as in ' + referenceName : 'must be a list, as in ' + referenceName));
      continue;
    }
    problems.push(...emptiesOf(file, key, value));
    if (isMatchData(key)) continue;
    if (texts.length !== sources.length) {
      problems.push(problem(file, key, `has ${texts.length} items, ${referenceName} has ${sources.length}`));
      continue;
    }
    texts.forEach((t, i) => {
      const want = placeholdersOf(sources[i]!);
      const got = placeholdersOf(t);
      if (want.join() !== got.join()) {
        const where = typeof value === 'string' ? key : `${key}.${i}`;
        problems.push(problem(file, where, `has placeholders ${listed(got) || '(none)'}, ${referenceName} has ${listed(want) || '(none)'}`));
      }
    });
  }
  return problems;
}

/** The reference's own empty texts: the other languages are held to it, so it is held to having words. */
function emptyProblems(file: string, leaves: Map<string, Leaf>, prefix = ''): Problem[] {
  return [...leaves].flatMap(([key, value]) => emptiesOf(file, key, value, prefix));
}

/** Catalogs by locale (`texts/<locale>.json`): each against en-US's. */
export function catalogProblems(catalogs: ReadonlyMap<string, unknown>): Problem[] {
  const reference = catalogs.get(DEFAULT_LOCALE);
  if (reference === undefined) return [];
  const english = leavesOf(reference);
  return [
    ...emptyProblems(`texts/${DEFAULT_LOCALE}.json`, english),
    ...LOCALES.filter((l) => l !== DEFAULT_LOCALE && catalogs.has(l)).flatMap((l) =>
      parityProblems(`texts/${l}.json`, english, leavesOf(catalogs.get(l)), `texts/${DEFAULT_LOCALE}.json`),
    ),
  ];
}

/** A page's strings (`pages/<page>.json`, by locale then key): each locale against en-US's. */
export function pageProblems(file: string, page: Record<string, unknown>): Problem[] {
  const english = leavesOf(page[DEFAULT_LOCALE]);
  return [
    ...emptyProblems(file, english, `${DEFAULT_LOCALE}.`),
    ...LOCALES.filter((l) => l !== DEFAULT_LOCALE && isRecord(page[l])).flatMap((l) =>
      parityProblems(file, english, leavesOf(page[l]), DEFAULT_LOCALE).map((p) => ({ ...p, path: `${l}.${p.path}` })),
    ),
  ];
}

/** Every text a card may show, refused where it is unsafe as Markdown (markdown.ts says what is). */
export function markdownProblems(file: string, node: unknown, prefix = ''): Problem[] {
  const problems: Problem[] = [];
  for (const [key, value] of leavesOf(node, prefix)) {
    if (isMatchData(key)) continue;
    const texts = typeof value === 'string' ? [value] : value;
    texts.forEach((t, i) => {
      const why = unsafeMarkdown(t);
      if (why) problems.push(problem(file, typeof value === 'string' ? key : `${key}.${i}`, why));
    });
  }
  return problems;
}

/** The keys a text must have, as problems of the file lacking them. */
export function requiredTextProblems(file: string, catalog: unknown, required: ReadonlyMap<string, string>): Problem[] {
  const leaves = leavesOf(catalog);
  return [...required].filter(([key]) => !leaves.has(key)).map(([key, why]) => problem(file, key, `missing: ${why}`));
}
