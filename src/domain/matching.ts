// Turning typed text into an option or a command, in any shipped language. Matching is done on
// a normalised form: Unicode compatibility folding (full-width digits and letters), lower case,
// no accents, punctuation as spaces.

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}?]+/gu, ' ')
    .trim();
}

/** A word ends here: the text's edge, a space, or a Chinese/Japanese character (no spaces there). */
function isBoundary(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || CJK.test(ch);
}

/**
 * Does `needle` occur in `haystack` as whole words? Chinese and Japanese are matched anywhere,
 * and a Latin word next to them counts as whole ("通过EA购买" contains "ea").
 */
export function containsWords(haystack: string, needle: string, wordPrefix = false): boolean {
  if (needle.length === 0) return false;
  if (CJK.test(needle)) return haystack.replace(/ /g, '').includes(needle.replace(/ /g, ''));
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (isBoundary(haystack[at - 1]) && (wordPrefix || isBoundary(haystack[at + needle.length]))) return true;
  }
  return false;
}

export interface Candidate<T extends string> {
  id: T;
  /** The label shown on the card. */
  label: string;
  /** Other words users type for it. */
  synonyms: readonly string[];
}

/**
 * How an option was recognised: the card's number, its label as the card shows it (with or
 * without the number), another whole name, the start of a name, or a word inside a sentence.
 */
export type MatchVia = 'number' | 'label' | 'name' | 'partial' | 'sentence';

export type MatchResult<T extends string> = { kind: 'match'; id: T; via: MatchVia } | { kind: 'ambiguous'; ids: T[] } | { kind: 'none' };

const MIN_PARTIAL = 3;

interface Forms<T extends string> {
  id: T;
  label: string;
  synonyms: string[];
}

// Candidate lists are built once per language and question by the caller, so their normalised
// forms are worth keeping: typed answers are then matched without re-normalising every label.
const formsCache = new WeakMap<readonly Candidate<string>[], Forms<string>[]>();

function normalizedForms<T extends string>(candidates: readonly Candidate<T>[]): Forms<T>[] {
  let forms = formsCache.get(candidates) as Forms<T>[] | undefined;
  if (!forms) {
    forms = candidates.map((c) => ({
      id: c.id,
      label: normalize(c.label),
      synonyms: c.synonyms.map(normalize).filter((s) => s.length > 0),
    }));
    formsCache.set(candidates, forms);
  }
  return forms;
}

/**
 * Picks the option a typed answer means: its number (1-based, as shown on the card), its label
 * or a synonym in full, or else a part of a label or a synonym inside a longer sentence, when
 * exactly one option fits.
 */
export function matchOption<T extends string>(input: string, candidates: readonly Candidate<T>[]): MatchResult<T> {
  return matchFoldedOption(normalize(input), candidates);
}

/** matchOption on text folded by `normalize` already: a message is folded once, however many lists it is matched against. */
export function matchFoldedOption<T extends string>(text: string, candidates: readonly Candidate<T>[]): MatchResult<T> {
  if (text.length === 0) return { kind: 'none' };

  if (/^\d{1,3}$/.test(text)) {
    const picked = candidates[Number(text) - 1];
    return picked ? { kind: 'match', id: picked.id, via: 'number' } : { kind: 'none' };
  }

  const forms = normalizedForms(candidates);
  const byLabel = matchLabel(text, forms);
  if (byLabel) return byLabel;

  const decide = (ids: T[], via: MatchVia): MatchResult<T> | undefined => {
    const distinct = [...new Set(ids)];
    if (distinct.length === 1) return { kind: 'match', id: distinct[0]!, via };
    if (distinct.length > 1) return { kind: 'ambiguous', ids: distinct };
    return undefined;
  };

  // 1. The whole text is a label or a synonym.
  const exact = decide(
    forms.filter((f) => f.label === text || f.synonyms.includes(text)).map((f) => f.id),
    'name',
  );
  if (exact) return exact;

  // 2. The text is the beginning of words of a label ("indirect prov", "enterprise agr").
  const longEnough = CJK.test(text) ? text.length >= 2 : text.length >= MIN_PARTIAL;
  if (longEnough) {
    const partial = decide(
      forms.filter((f) => containsWords(f.label, text, true)).map((f) => f.id),
      'partial',
    );
    if (partial) return partial;
  }

  // 3. A synonym stands inside a longer text ("they bought it through EA"); the longest wins,
  //    so "indirect reseller" beats "reseller" and a bare "CSP" does not outvote "another CSP".
  const hits = forms
    .flatMap((f) => f.synonyms.filter((s) => containsWords(text, s)).map((s) => ({ id: f.id, length: s.length })))
    .sort((a, b) => b.length - a.length);
  if (hits.length > 0) {
    const longest = hits[0]!.length;
    return (
      decide(
        hits.filter((h) => h.length === longest).map((h) => h.id),
        'sentence',
      ) ?? { kind: 'none' }
    );
  }
  return { kind: 'none' };
}

/**
 * The label as the card shows it: "From 21Vianet", or with its number, "1 · From 21Vianet" (the
 * dot is punctuation, so it is gone from the normalised text). A number that names another
 * option than the label leaves the choice to the user.
 */
function matchLabel<T extends string>(text: string, forms: readonly Forms<T>[]): MatchResult<T> | undefined {
  const whole = forms.find((f) => f.label === text);
  if (whole) return { kind: 'match', id: whole.id, via: 'label' };
  const numbered = /^(\d{1,3}) (.+)$/.exec(text);
  if (!numbered) return undefined;
  const labelled = forms.find((f) => f.label === numbered[2]);
  if (!labelled) return undefined;
  const counted = forms[Number(numbered[1]) - 1];
  if (counted === undefined || counted.id === labelled.id) return { kind: 'match', id: labelled.id, via: 'label' };
  return { kind: 'ambiguous', ids: [counted.id, labelled.id] };
}

/** Normalised phrase → command, built once per list of commands (see matchCommand). */
export type CommandLookup<T extends string> = ReadonlyMap<string, T>;

export function commandLookup<T extends string>(commands: ReadonlyArray<{ id: T; phrases: readonly string[] }>): CommandLookup<T> {
  const lookup = new Map<string, T>();
  for (const c of commands) for (const p of c.phrases) if (!lookup.has(normalize(p))) lookup.set(normalize(p), c.id);
  return lookup;
}

/** A command is recognised only when the whole message is one of its phrases ("/help" too). */
export function matchCommand<T extends string>(
  input: string,
  commands: CommandLookup<T> | ReadonlyArray<{ id: T; phrases: readonly string[] }>,
): T | undefined {
  const lookup = 'get' in commands ? commands : commandLookup(commands);
  return matchFoldedCommand(normalize(input.replace(/^\s*\//, '')), lookup);
}

/**
 * matchCommand on text folded by `normalize` already. Folding turns a leading "/" into a space
 * and trims it, so "/help" folds to "help" as matchCommand reads it.
 */
export function matchFoldedCommand<T extends string>(text: string, lookup: CommandLookup<T>): T | undefined {
  return text.length === 0 ? undefined : lookup.get(text);
}
