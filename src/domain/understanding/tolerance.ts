// Tolerance for how people type during a call: letters that look Latin but are Cyrillic or Greek
// inside otherwise Latin words ("Ореn" typed with a Cyrillic О, р, е), and misspelt long words
// of the lexicons ("Azuer", "Offce", "Micorsoft"). Both work on the prepared text, word by word,
// and keep each character's origin so the evidence still quotes the original words.
import { ocrRead } from './ocrLetters';
import { CjkTerms, cjkTerms, correctCjk } from './cjkTolerance';
import { doubled, lastVowelDropped, otherForm, runTogether, standsAlone, vowelDropped } from './hurried';
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
  /** Stems that are words too ("реселлер%"), seven letters or more: only for a letter dropped or doubled before an ending. */
  wordStems?: ReadonlyMap<string, readonly string[]>;
  /** Chinese terms, for a wrong character of the same sound. */
  cjk: CjkTerms;
  /** The lexicons each word and stem comes from, to settle a tie by the message's language. */
  languages: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words written somewhere on their own, not only as the ending after a group ("(diret|direct)amente"). */
  whole?: ReadonlySet<string>;
}

/**
 * The words and stems written in the lexicons' patterns (already folded): a run of letters
 * followed by "%", "[" or a group of letters is a stem; followed by "?" its last letter is optional.
 */
export function buildDictionary(lexicons: Iterable<readonly [language: string, patterns: readonly string[]]>): Dictionary {
  const words = new Set<string>();
  const whole = new Set<string>();
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
      if (standsAlone(p, m.index)) whole.add(m[0]);
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
  const wordStems = new Map<string, string[]>();
  for (const s of stems) {
    if (s.length < 5 || (words.has(s) && s.length < 7)) continue;
    const to = words.has(s) ? wordStems : stemIndex;
    to.set(s[0]!, [...(to.get(s[0]!) ?? []), s]);
  }
  return { words, prefixes, index, stems: stemIndex, wordStems, cjk: cjkTerms(patterns), languages, whole };
}

/**
 * The one closest dictionary word within the allowed distance, or undefined (none, or two as
 * close: ambiguous, unless only one of them is a word of the message's language: "distribudor"
 * in Portuguese is "distribuidor", not the English "distributor").
 */
export function correction(
  word: string,
  dictionary: Dictionary,
  messageLanguages: () => ReadonlySet<string>,
  capitals = false,
  accented = false,
): string | undefined {
  const max = allowedEdits(word.length);
  if (dictionary.words.has(word)) return undefined;
  // A short word takes only two neighbours swapped ("opne", "CPS"); of three letters, only one
  // typed in capitals, an acronym ("cps" might be a word of its own, "CPS" is no acronym). Typed
  // in a hurry, a short word also loses its vowels ("ovr", "wnt"): see `vowelDropped`.
  if (max === 0) {
    const swap = word.length === 4 || (word.length === 3 && capitals) ? swapped(word, dictionary) : undefined;
    // A word typed with an accent ("írt") was not typed in a hurry: no vowel is missing.
    return swap ?? (capitals || accented ? undefined : vowelDropped(word, dictionary, messageLanguages));
  }
  // Two lexicon words typed without the space between them ("partnercenter").
  const joined = runTogether(word, dictionary);
  if (joined !== undefined) return joined;
  // A word that begins with a stem or word may be a form of it ("partnert", "лицензии", "стороне"
  // is no "сторонне"): only two neighbours swapped ("comerical", "direclty") or a letter typed
  // twice ("direcct") is corrected then, a typo that makes no other form of a word.
  for (let k = 4; k <= word.length; k++)
    if (dictionary.prefixes.has(word.slice(0, k)))
      return swapped(word, dictionary) ?? doubled(word, dictionary) ?? lastVowelDropped(word, dictionary, messageLanguages);
  let best = max + 1;
  let closest: Array<{ target: string; replacement: string }> = [];
  const consider = (target: string, replacement: string, d: number): void => {
    if (d < best) [best, closest] = [d, []];
    if (d === best && !closest.some((c) => c.target === target && c.replacement === replacement)) closest.push({ target, replacement });
  };
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const candidate of dictionary.index.get(word[0]! + len) ?? []) {
      if (otherForm(word, candidate)) continue;
      // A word shorter than the one typed may be only as far as its own length allows.
      const limit = Math.min(max, allowedEdits(candidate.length));
      const d = editDistance(word, candidate, limit);
      if (d <= limit) consider(candidate, candidate, d);
      // A letter doubled in the wrong place ("resseler" for "reseller") is one slip of the hand.
      else if (limit > 0 && undoubled(word) === undoubled(candidate)) consider(candidate, candidate, 1);
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
  // A long stem (seven letters or more) with a letter dropped or doubled before its ending
  // («подерживали», "transsferring", «реселера» of the word and stem «реселлер»): the word's beginning
  // one letter shorter or longer, ending in the stem's last letter, is one edit from it. Only when
  // nothing closer was found.
  if (best > max)
    for (const stem of [...(dictionary.stems.get(word[0]!) ?? []), ...(dictionary.wordStems?.get(word[0]!) ?? [])]) {
      if (stem.length < 7 || allowedEdits(stem.length) < 1) continue;
      for (const len of [stem.length - 1, stem.length + 1]) {
        if (len > word.length || word[len - 1] !== stem[stem.length - 1]) continue;
        if (editDistance(word.slice(0, len), stem, 1) <= 1) consider(stem, stem + word.slice(len), 1);
      }
    }
  if (best > max || closest.length === 0) return swapped(word, dictionary, true);
  const one = (list: ReadonlyArray<{ replacement: string }>): boolean => new Set(list.map((c) => c.replacement)).size === 1;
  if (one(closest)) return closest[0]!.replacement;
  const own = messageLanguages();
  const mine = closest.filter((c) => [...(dictionary.languages.get(c.target) ?? [])].some((l) => own.has(l)));
  if (mine.length > 0 && one(mine)) return mine[0]!.replacement;
  return likeliest(word, mine.length > 0 ? mine : closest);
}

/** The word with every doubled letter written once ("reseller" and "resseler" are both "reseler"). */
function undoubled(word: string): string {
  return word.replace(/(.)\1+/gu, '$1');
}

/**
 * The one lexicon word the word is with two neighbouring letters swapped (not the first), or
 * with `forms` also the one form of a lexicon stem the swap falls inside («прмяой» is «прямой»
 * of the stem «прям», too short to be corrected otherwise).
 */
function swapped(word: string, dictionary: Dictionary, forms = false): string | undefined {
  const found = new Set<string>();
  for (let k = 1; k + 1 < word.length; k++) {
    const w = word.slice(0, k) + word[k + 1]! + word[k]! + word.slice(k + 2);
    if (w === word) continue;
    if (dictionary.words.has(w)) found.add(w);
    else if (forms) for (let n = k + 2; n <= w.length; n++) if (dictionary.prefixes.has(w.slice(0, n))) found.add(w);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Among corrections as close, the one that keeps more of the word's beginning (typos fall
 * mostly later in a word: "clould" is "cloud", not "could"), then the longer term; still
 * ambiguous: none.
 */
function likeliest(word: string, tied: ReadonlyArray<{ target: string; replacement: string }>): string | undefined {
  const shared = (t: string): number => {
    let k = 0;
    while (k < t.length && t[k] === word[k]) k++;
    return k;
  };
  const rank = (c: { target: string }): number => shared(c.target) * 100 + c.target.length;
  const sorted = [...tied].sort((a, b) => rank(b) - rank(a));
  const top = sorted.filter((c) => rank(c) === rank(sorted[0]!));
  return new Set(top.map((c) => c.replacement)).size === 1 ? top[0]!.replacement : undefined;
}

const CYRILLIC_FOR: Readonly<Record<string, string>> = { a: 'а', b: 'в', e: 'е', k: 'к', m: 'м', h: 'н', o: 'о', p: 'р', c: 'с', t: 'т', y: 'у', x: 'х' };
const CYRILLIC_ONLY = /[бгджзийлпфцчшщъыьэюя]/;
/** Russian letters and the Latin ones they sound as, for a word whose keyboard layout changed midway ("Азure", "Micrософт"). */
const SOUNDED_FROM = 'абвгдезиклмнопрстуфх';
const SOUNDED_AS = 'abvgdeziklmnoprstufh';

/**
 * A word written in one script: Cyrillic look-alikes inside a Latin word are Latin ("Ореn"),
 * Latin look-alikes inside a Russian word are Cyrillic ("пaртнер" typed with a Latin a), and an
 * acronym typed in capitals with Cyrillic look-alikes only («РС», «ЕА») is the Latin one when the
 * lexicons know it and not the Cyrillic (`upper` gives the original character of a position).
 */
export function oneScript(word: string, dictionary: Dictionary, upper: (at: number) => string | undefined = () => undefined): string {
  const chars = [...word];
  if (CYRILLIC_ONLY.test(word)) {
    if (!LATIN.test(word)) return word;
    if (chars.every((ch) => !LATIN.test(ch) || CYRILLIC_FOR[ch] !== undefined)) return chars.map((ch) => CYRILLIC_FOR[ch] ?? ch).join('');
    // Latin letters with no Cyrillic look-alike: the layout changed midway; read by sound if a lexicon knows the word.
    const sounded = chars.map((ch) => (SOUNDED_FROM.includes(ch) ? SOUNDED_AS[SOUNDED_FROM.indexOf(ch)]! : ch)).join('');
    return dictionary.words.has(sounded) ? sounded : word;
  }
  if (!chars.some((ch) => LOOK_ALIKE[ch] !== undefined)) return word;
  const latin = chars.map((ch) => LOOK_ALIKE[ch] ?? ch).join('');
  if (LATIN.test(word)) return latin;
  // All letters look-alikes: only a short acronym that only the Latin reading knows, typed in
  // capitals or run into a number («м365»: no Russian word carries digits).
  const letters = word.replace(/[0-9]/g, '');
  const capitals = chars.every((ch, k) => /[0-9]/.test(ch) || (upper(k) !== undefined && upper(k) !== upper(k)!.toLowerCase()));
  const known = (w: string): boolean => dictionary.words.has(w);
  return letters.length <= 4 && (capitals || letters.length < word.length) && known(latin.replace(/[0-9]/g, '')) && !known(letters) ? latin : word;
}

/** A word corrected by `fix`, and a word run into a number ("offce365", "21vinaet") by its letters. */
function corrected(word: string, fix: (word: string) => string): string {
  if (/^[a-zа-я]+$/.test(word)) return fix(word);
  const joined = /^([a-zа-я]+)([0-9]+)$/.exec(word);
  if (joined !== null) return fix(joined[1]!) + joined[2]!;
  // A number before the word ("21vinaet") as after it.
  const after = /^([0-9]+)([a-zа-я]+)$/.exec(word);
  return after === null ? word : after[1]! + fix(after[2]!);
}

/**
 * Folds look-alike letters in words that mix Latin with Cyrillic or Greek, and replaces a
 * misspelt long Latin or Cyrillic word by the one lexicon word it is close to.
 */
export function tolerate(
  prepared: PreparedText,
  dictionary: Dictionary,
  messageLanguages: () => ReadonlySet<string> = () => new Set(),
  original?: string,
): PreparedText {
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
    const script = oneScript(m[0], dictionary, (k) => original?.[origin[m.index + k]!]);
    const word = original === undefined || script.length !== m[0].length ? script : ocrRead(script, (k) => original[origin[m.index + k]!], dictionary);
    const capitals = original !== undefined && [...m[0]].every((_, k) => /\p{Lu}|[0-9]/u.test(original[origin[m.index + k]!] ?? ''));
    // Looked for at any length: a number run into the word ("12írt") leaves a short word to read.
    const accented = original !== undefined && [...m[0]].some((_, k) => /\p{M}/u.test((original[origin[m.index + k]!] ?? '').normalize('NFD')));
    const fixed = corrected(word, (w) => correction(w, dictionary, messageLanguages, capitals, accented) ?? w);
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
