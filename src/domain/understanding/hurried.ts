// Words typed in a hurry, for tolerance.ts: a letter typed twice after a stem ("direcct"), a
// short word without its vowels ("ovr"), two words without the space between them
// ("partnercenter"). Each reads a word only when exactly one lexicon word fits; a wrong reading
// is worse than none.
import type { Dictionary } from './tolerance';

/** Whether the word at `at` of a pattern begins a word, not an ending after letters or a group ("diret(o|amente)"). */
export function standsAlone(pattern: string, at: number): boolean {
  let k = at - 1;
  if (pattern[k] === '|')
    for (let depth = 0; --k >= 0;) {
      if (pattern[k] === ')') depth++;
      else if (pattern[k] === '(' && depth-- === 0) break;
    }
  if (k < 0) return true;
  if (pattern[k] === '(') return !/[\p{L})\]%]/u.test(pattern[k - 1] ?? ' ');
  // After an optional letter or group ("direct?amente", "(a )?reseller"): only if a space ends it.
  if (pattern[k] === '?') return /[)\]]/.test(pattern[k - 1] ?? '') ? pattern[k - 2] === ' ' : !/\p{L}/u.test(pattern[k - 1] ?? '');
  return !/[)\]]/.test(pattern[k]!);
}

/** The shortest word read inside a run-together one. */
const MIN_JOINED = 5;

const VOWELS = [...'aeiouаеиоуыэюя'];

/** A lexicon word written on its own somewhere, not only as an ending after a group. */
function standing(word: string, dictionary: Dictionary): boolean {
  return dictionary.words.has(word) && dictionary.whole?.has(word) === true;
}

/**
 * The one lexicon word (written on its own) the word is with one of its doubled consonants
 * written once ("direcct"). A doubled vowel is often an ending (Russian «компании»).
 */
export function doubled(word: string, dictionary: Dictionary): string | undefined {
  for (let k = 1; k < word.length; k++)
    if (word[k] === word[k - 1] && !VOWELS.includes(word[k]!) && standing(word.slice(0, k) + word.slice(k + 1), dictionary))
      return word.slice(0, k) + word.slice(k + 1);
  return undefined;
}

/**
 * A word of three or four letters with no vowel after its first letter ("ovr", "wnts", "cst")
 * is a lexicon word with one vowel left out, when exactly one such word exists (or one of the
 * message's languages): "els" (eles, elas) stays unread. The vowel goes inside the
 * word, not at its end ("abr" is April cut short, not "abri"). Real short words nearly always
 * have a vowel after their first letter; acronyms in capitals are never read so.
 */
export function vowelDropped(word: string, dictionary: Dictionary, messageLanguages: () => ReadonlySet<string>): string | undefined {
  if (word.length < 3 || [...word.slice(1)].some((ch) => VOWELS.includes(ch))) return undefined;
  const found = new Set<string>();
  for (let k = 1; k < word.length; k++)
    for (const v of VOWELS) {
      const w = word.slice(0, k) + v + word.slice(k);
      if (standing(w, dictionary)) found.add(w);
    }
  if (found.size < 2) return [...found][0];
  const own = messageLanguages();
  const mine = [...found].filter((w) => [...(dictionary.languages.get(w) ?? [])].some((l) => own.has(l)));
  return mine.length === 1 ? mine[0] : undefined;
}

/**
 * A word of six letters or more ending in two consonants, typed without the vowel of its last
 * syllable ("transfr", "resellr", «дистрибьютр»): the one lexicon word or stem (of the message's
 * languages, if several) with a vowel put back before its last consonant.
 */
export function lastVowelDropped(word: string, dictionary: Dictionary, messageLanguages: () => ReadonlySet<string>): string | undefined {
  if (word.length < 6 || VOWELS.includes(word.at(-1)!) || VOWELS.includes(word.at(-2)!)) return undefined;
  const found = VOWELS.map((v) => word.slice(0, -1) + v + word.slice(-1)).filter((w) => dictionary.prefixes.has(w));
  if (found.length < 2) return found[0];
  const own = messageLanguages();
  const mine = found.filter((w) => [...(dictionary.languages.get(w) ?? [])].some((l) => own.has(l)));
  return mine.length === 1 ? mine[0] : undefined;
}

/**
 * Two lexicon words of five letters or more typed as one ("partnercenter"), each a word of its
 * own in the lexicons (not an ending: "direct" + "amente" is "directamente"), split in one way
 * only, unless the word is a form of a longer stem or word ("viszonteladok" begins with
 * "viszontelado"). Shorter words are too often endings or suffixes ("partner" + "kent").
 */
export function runTogether(word: string, dictionary: Dictionary): string | undefined {
  if (word.length < 2 * MIN_JOINED) return undefined;
  let found: string | undefined;
  for (let k = MIN_JOINED; k + MIN_JOINED <= word.length; k++) {
    if (!standing(word.slice(0, k), dictionary) || !standing(word.slice(k), dictionary)) continue;
    if (found !== undefined) return undefined;
    for (let n = k + 1; n <= word.length; n++) if (dictionary.prefixes.has(word.slice(0, n))) return undefined;
    found = `${word.slice(0, k)} ${word.slice(k)}`;
  }
  return found;
}

/** Endings that make another form of the same word, not a typo of it ("expire", "expires", "expired"). */
const FORM_ENDINGS = ['', 's', 'es', 'ed'];

/** Whether the stem and ending make a form: "d" only after an "e" ("expired", not "expird"). */
function form(stem: string, ending: string): boolean {
  return FORM_ENDINGS.includes(ending) || (ending === 'd' && stem.endsWith('e'));
}

/**
 * Whether the word is another form of the lexicon word, the two differing only in such an
 * ending after a stem of five letters or more ("The EA expires in August" says nothing
 * "expired"). A name's last "s" left out is a slip ("dynamic 365"), not another form.
 */
export function otherForm(word: string, target: string): boolean {
  const shorter = Math.min(word.length, target.length);
  for (let k = shorter; k >= 5; k--) {
    const [mine, theirs] = [word.slice(k), target.slice(k)];
    if (word.slice(0, k) !== target.slice(0, k) || (mine === '' && theirs.endsWith('s'))) continue;
    if (form(word.slice(0, k), mine) && form(target.slice(0, k), theirs)) return true;
  }
  return false;
}
