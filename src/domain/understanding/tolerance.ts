// Tolerance for how people type during a call: letters that look Latin but are Cyrillic or Greek
// inside otherwise Latin words ("Ореn" typed with a Cyrillic О, р, е), and misspelt long words
// of the lexicons ("Azuer", "Offce", "Micorsoft"). Both work on the prepared text, word by word,
// and keep each character's origin so the evidence still quotes the original words.
import { CjkTerms, cjkTerms, correctCjk } from './cjkTolerance';
import { PreparedText } from './text';

/** Cyrillic and Greek letters (lower case, after folding) that look like a Latin one. */
const LOOK_ALIKE: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};
const LATIN = /[a-z]/;

/** The edit distance a word of this length may have to a lexicon word: none under five letters. */
export function allowedEdits(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

/** Optimal string alignment distance (a swap of two neighbours is one edit), or max + 1 beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The lexicon's words, to correct misspellings towards, and its stems, whose forms are never corrected. */
export interface Dictionary {
  words: ReadonlySet<string>;
  /** Stems and words: a word that begins with one is a form of it ("partnert", "лицензии"), not a typo. */
  prefixes: ReadonlySet<string>;
  /** Words of five letters or more, by first letter and length. */
  index: ReadonlyMap<string, readonly string[]>;
  /** Stems of five letters or more, by first letter: a misspelt form keeps its ending ("trasnferir"). */
  stems: ReadonlyMap<string, readonly string[]>;
  /** Chinese terms, for a wrong character of the same sound. */
  cjk: CjkTerms;
  /** The lexicons each word and stem comes from, to settle a tie by the message's language. */
  languages: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The words and stems written in the lexicons' patterns (already folded): a run of letters
 * followed by "%", "[" or a group of letters is a stem; followed by "?" its last letter is optional.
 */
export function buildDictionary(lexicons: Iterable<readonly [language: string, patterns: readonly string[]]>): Dictionary {
  const words = new Set<string>();
  const stems = new Set<string>();
  const languages = new Map<string, Set<string>>();
  const patterns: string[] = [];
  for (const [language, list] of lexicons) {
    for (const p of list) patterns.push(p);
    for (const m of list.flatMap((p) => [...p.matchAll(/[a-zа-я]+/g)])) languages.set(m[0], (languages.get(m[0]) ?? new Set()).add(language));
  }
  for (const p of patterns) {
    for (const m of p.matchAll(/[a-zа-я]+/g)) {
      const next = p[m.index + m[0].length];
      const before = p[m.index - 1];
      if (before === '\\') continue;
      const after = p[m.index + m[0].length + 1] ?? '';
      // "mov(e|es)" and "licen[cs]%" are stems; "exchange( online)?" and "commercial(?! …)" are words.
      if (next === '%' || next === '[' || (next === '(' && after !== '?' && after !== ' ')) stems.add(m[0]);
      else if (next === '?') {
        words.add(m[0]);
        stems.add(m[0].slice(0, -1));
      } else words.add(m[0]);
    }
  }
  const index = new Map<string, string[]>();
  for (const w of words) {
    if (w.length < 5) continue;
    const key = w[0]! + w.length;
    index.set(key, [...(index.get(key) ?? []), w]);
  }
  const prefixes = new Set([...stems, ...words].filter((s) => s.length >= 4));
  const stemIndex = new Map<string, string[]>();
  for (const s of stems) {
    if (s.length < 5 || words.has(s)) continue;
    stemIndex.set(s[0]!, [...(stemIndex.get(s[0]!) ?? []), s]);
  }
  return { words, prefixes, index, stems: stemIndex, cjk: cjkTerms(patterns), languages };
}

/**
 * The one closest dictionary word within the allowed distance, or undefined (none, or two as
 * close: ambiguous, unless only one of them is a word of the message's language: "distribudor"
 * in Portuguese is "distribuidor", not the English "distributor").
 */
function correction(word: string, dictionary: Dictionary, messageLanguages: () => ReadonlySet<string>): string | undefined {
  const max = allowedEdits(word.length);
  if (max === 0 || dictionary.words.has(word)) return undefined;
  for (let k = 4; k <= word.length; k++) if (dictionary.prefixes.has(word.slice(0, k))) return undefined;
  let best = max + 1;
  let closest: Array<{ target: string; replacement: string }> = [];
  const consider = (target: string, replacement: string, d: number): void => {
    if (d < best) [best, closest] = [d, []];
    if (d === best && !closest.some((c) => c.replacement === replacement)) closest.push({ target, replacement });
  };
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const candidate of dictionary.index.get(word[0]! + len) ?? []) {
      // A word shorter than the one typed may be only as far as its own length allows.
      const limit = Math.min(max, allowedEdits(candidate.length));
      const d = editDistance(word, candidate, limit);
      if (d <= limit) consider(candidate, candidate, d);
    }
  }
  // A stem ("transfer%", "azure%") is compared with the word's beginning of its own length (a
  // letter replaced, or two swapped), which keeps its ending; that beginning ends in the stem's
  // last letter, so another word's stem is not taken for it ("gerente" is not "gerenc-iar",
  // "migrant" not "migrat-e").
  for (const stem of dictionary.stems.get(word[0]!) ?? []) {
    const limit = Math.min(max, allowedEdits(stem.length));
    if (stem.length > word.length || word[stem.length - 1] !== stem[stem.length - 1]) continue;
    // A stem of five letters is too short to carry an ending as well ("tratar" is not "traga-r").
    if (stem.length < 6 && word.length > stem.length) continue;
    const d = editDistance(word.slice(0, stem.length), stem, limit);
    if (d <= limit) consider(stem, stem + word.slice(stem.length), d);
  }
  if (best > max || closest.length === 0) return undefined;
  if (closest.length === 1) return closest[0]!.replacement;
  const own = messageLanguages();
  const mine = closest.filter((c) => [...(dictionary.languages.get(c.target) ?? [])].some((l) => own.has(l)));
  return mine.length === 1 ? mine[0]!.replacement : undefined;
}

/**
 * Folds look-alike letters in words that mix Latin with Cyrillic or Greek, and replaces a
 * misspelt long Latin or Cyrillic word by the one lexicon word it is close to.
 */
export function tolerate(prepared: PreparedText, dictionary: Dictionary, messageLanguages: () => ReadonlySet<string> = () => new Set()): PreparedText {
  const { text, origin } = prepared;
  let out = '';
  const outOrigin: number[] = [];
  const words = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9]+/gu;
  let last = 0;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    for (let k = last; k < m.index; k++) {
      out += text[k];
      outOrigin.push(origin[k]!);
    }
    last = m.index + m[0].length;
    let word = m[0];
    if (LATIN.test(word) && [...word].some((ch) => LOOK_ALIKE[ch] !== undefined)) word = [...word].map((ch) => LOOK_ALIKE[ch] ?? ch).join('');
    const fixed = /^[a-zа-я]+$/.test(word) ? (correction(word, dictionary, messageLanguages) ?? word) : word;
    for (let k = 0; k < fixed.length; k++) {
      out += fixed[k];
      outOrigin.push(origin[m.index + Math.min(k, m[0].length - 1)]!);
    }
  }
  for (let k = last; k < text.length; k++) {
    out += text[k];
    outOrigin.push(origin[k]!);
  }
  return { text: correctCjk(out, dictionary.cjk), origin: outOrigin };
}
