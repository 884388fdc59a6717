// Russian typed in Latin letters, as on a keyboard without a Russian layout: "klient kupil Azure
// u drugogo CSP partnera, my pryamoy partner". A message is read so when at least three of its
// Latin words, none a word of a Latin-script lexicon, spell a word or stem of the Russian lexicon
// once transliterated ("klient", "drugogo", "pryamoy"). Then each Latin word whose
// transliteration is a Russian lexicon word, a form of a Russian stem, or one of the short
// function words the reader needs ("my", "u", "ne", "cherez") is written in Cyrillic; product
// names ("Azure", "CSP", "EA") stay as they are. Each character keeps the origin of its word.
import { PreparedText } from './text';
import { Dictionary } from './tolerance';

/** The fewest words that must read as Russian for the message to be taken as transliterated. */
const MIN_RUSSIAN = 3;
/** The shortest stem a transliterated word may be a form of. */
const MIN_STEM = 4;

/** Letter groups first, then single letters; "й" is folded to "и" like the prepared text does. */
const GROUPS: ReadonlyArray<[string, string]> = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ts', 'ц'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'е'],
  ['ye', 'е'],
];
const SINGLE: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  v: 'в',
  w: 'в',
  g: 'г',
  d: 'д',
  e: 'е',
  z: 'з',
  i: 'и',
  j: 'и',
  k: 'к',
  q: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
  x: 'кс',
};
const VOWELS = /[аеиоуыэюя]$/;

/** Function words a sentence needs that no lexicon lists as a word of its own. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'мы',
  'у',
  'и',
  'не',
  'ни',
  'но',
  'а',
  'в',
  'на',
  'по',
  'с',
  'к',
  'от',
  'для',
  'нас',
  'нам',
  'наш',
  'через',
  'они',
  'их',
  'это',
]);

/** The Cyrillic a Latin word spells: "y" is "ы", or "и" (folded "й") after a vowel. */
export function cyrillic(word: string): string {
  let out = '';
  for (let i = 0; i < word.length;) {
    const group = GROUPS.find(([latin]) => word.startsWith(latin, i));
    if (group !== undefined) {
      out += group[1];
      i += group[0].length;
      continue;
    }
    const ch = word[i]!;
    out += ch === 'y' ? (VOWELS.test(out) ? 'и' : 'ы') : (SINGLE[ch] ?? ch);
    i++;
  }
  return out;
}

/** The Russian words and stems of the lexicons by their spelling without "ь", which Latin typing drops. */
const softless = new WeakMap<Dictionary, ReadonlyMap<string, string>>();
function russianForms(dictionary: Dictionary): ReadonlyMap<string, string> {
  let forms = softless.get(dictionary);
  if (forms === undefined) {
    const map = new Map<string, string>();
    for (const w of dictionary.prefixes) if (dictionary.languages.get(w)?.has('ru-RU') === true) map.set(w.replace(/ь/g, ''), w);
    forms = map;
    softless.set(dictionary, forms);
  }
  return forms;
}

/**
 * The Russian word a transliteration spells, with its "ь" back, when it is a lexicon word or a form
 * of a stem; "sh" typed for "щ" ("postavshik") is tried when the word as spelt is none.
 */
function russian(word: string, dictionary: Dictionary): string | undefined {
  const known = spelt(word, dictionary);
  if (known !== undefined) return known;
  for (let i = word.indexOf('ш'); i >= 0; i = word.indexOf('ш', i + 1)) {
    const other = spelt(word.slice(0, i) + 'щ' + word.slice(i + 1), dictionary);
    if (other !== undefined) return other;
  }
  return undefined;
}

function spelt(word: string, dictionary: Dictionary): string | undefined {
  if (dictionary.languages.get(word)?.has('ru-RU') === true && dictionary.words.has(word)) return word;
  const forms = russianForms(dictionary);
  for (let k = word.length; k >= MIN_STEM; k--) {
    const stem = forms.get(word.slice(0, k));
    if (stem !== undefined) return stem + word.slice(k);
  }
  return undefined;
}

export function fromTranslit(prepared: PreparedText, dictionary: Dictionary): PreparedText {
  const { text, origin } = prepared;
  const tokens = [...text.matchAll(/[a-z]+/g)];
  if (tokens.length < MIN_RUSSIAN) return prepared;
  const read = tokens.map((m) => {
    const spelt = cyrillic(m[0]);
    const known = spelt.length >= MIN_STEM ? russian(spelt, dictionary) : undefined;
    return { at: m.index, word: m[0], ru: known ?? spelt, known: known !== undefined };
  });
  const evidence = read.filter((t) => t.known && !dictionary.words.has(t.word));
  if (evidence.length < MIN_RUSSIAN) return prepared;
  let out = '';
  const outOrigin: number[] = [];
  let last = 0;
  for (const t of read) {
    if (!t.known && !FUNCTION_WORDS.has(t.ru)) continue;
    out += text.slice(last, t.at) + t.ru;
    outOrigin.push(...origin.slice(last, t.at), ...[...t.ru].map((_, k) => origin[t.at + Math.min(k, t.word.length - 1)]!));
    last = t.at + t.word.length;
  }
  out += text.slice(last);
  outOrigin.push(...origin.slice(last));
  return { text: out, origin: outOrigin };
}
