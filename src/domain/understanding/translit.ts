// A language typed in Latin letters, as on a keyboard without its layout: Russian's "klient kupil
// Azure u drugogo CSP partnera, my pryamoy partner". A message is read so when at least three of its
// Latin words, none a word of a Latin-script lexicon, spell a word or stem of that language's
// lexicon once transliterated ("klient", "drugogo", "pryamoy"). Then each Latin word whose
// transliteration is a lexicon word, a form of a stem, or one of the short function words the
// reader needs ("my", "u", "ne", "cherez") is written in the language's letters; product names
// ("Azure", "CSP", "EA") stay as they are. Each character keeps the origin of its word. The letters
// and words are the lexicon's (`latinTyping`, lexicon/ru-RU.json): only data names a language.
import { PreparedText } from './text';
import { Dictionary } from './tolerance';
import { LatinTyping, Lexicon } from './types';

/** The fewest words that must read as the language for the message to be taken as transliterated. */
const MIN_WORDS = 3;
/** The shortest stem a transliterated word may be a form of. */
const MIN_STEM = 4;

/** A lexicon's Latin typing, ready to read: its letter groups longest first. */
export interface Transliteration {
  language: string;
  groups: ReadonlyArray<readonly [string, string]>;
  y: LatinTyping['y'];
  vowels: ReadonlySet<string>;
  unwritten: ReadonlySet<string>;
  alternatives: ReadonlyArray<readonly [string, string]>;
  functionWords: ReadonlySet<string>;
}

/** The transliterations the lexicons describe. */
export function transliterations(lexicons: readonly Lexicon[]): Transliteration[] {
  return lexicons.flatMap((l) =>
    l.latinTyping === undefined
      ? []
      : [
          {
            language: l.language,
            groups: Object.entries(l.latinTyping.letters).sort((a, b) => b[0].length - a[0].length),
            y: l.latinTyping.y,
            vowels: new Set(l.latinTyping.vowels),
            unwritten: new Set(l.latinTyping.unwritten ?? ''),
            alternatives: Object.entries(l.latinTyping.alternatives ?? {}),
            functionWords: new Set(l.latinTyping.functionWords),
          },
        ],
  );
}

/** What a Latin word spells in the language's letters: "y" after one of its vowels, or otherwise. */
export function spellIn(word: string, typing: Transliteration): string {
  let out = '';
  for (let i = 0; i < word.length;) {
    const group = typing.groups.find(([latin]) => word.startsWith(latin, i));
    if (group !== undefined) {
      out += group[1];
      i += group[0].length;
      continue;
    }
    const ch = word[i]!;
    out += ch === 'y' ? (typing.vowels.has(out.slice(-1)) ? typing.y.afterVowel : typing.y.otherwise) : ch;
    i++;
  }
  return out;
}

/** The language's words and stems of the lexicons, by their spelling without the letters Latin typing leaves out. */
const formsByTyping = new WeakMap<Transliteration, WeakMap<Dictionary, ReadonlyMap<string, string>>>();
function formsOf(dictionary: Dictionary, typing: Transliteration): ReadonlyMap<string, string> {
  const byDictionary = formsByTyping.get(typing) ?? new WeakMap<Dictionary, ReadonlyMap<string, string>>();
  formsByTyping.set(typing, byDictionary);
  let forms = byDictionary.get(dictionary);
  if (forms === undefined) {
    const map = new Map<string, string>();
    for (const w of dictionary.prefixes)
      if (dictionary.languages.get(w)?.has(typing.language) === true) map.set([...w].filter((ch) => !typing.unwritten.has(ch)).join(''), w);
    forms = map;
    byDictionary.set(dictionary, forms);
  }
  return forms;
}

/**
 * The word of the language a transliteration spells, with its unwritten letters back, when it is a
 * lexicon word or a form of a stem; an ambiguous letter's other reading ("sh" typed for "щ",
 * "postavshik") is tried when the word as spelt is none.
 */
function wordOf(word: string, dictionary: Dictionary, typing: Transliteration): string | undefined {
  const known = spelt(word, dictionary, typing);
  if (known !== undefined) return known;
  for (const [letter, other] of typing.alternatives)
    for (let i = word.indexOf(letter); i >= 0; i = word.indexOf(letter, i + 1)) {
      const found = spelt(word.slice(0, i) + other + word.slice(i + letter.length), dictionary, typing);
      if (found !== undefined) return found;
    }
  return undefined;
}

function spelt(word: string, dictionary: Dictionary, typing: Transliteration): string | undefined {
  if (dictionary.languages.get(word)?.has(typing.language) === true && dictionary.words.has(word)) return word;
  const forms = formsOf(dictionary, typing);
  for (let k = word.length; k >= MIN_STEM; k--) {
    const stem = forms.get(word.slice(0, k));
    if (stem !== undefined) return stem + word.slice(k);
  }
  return undefined;
}

/** The message with its transliterated words in the language's letters, or as it was. */
export function fromTranslit(prepared: PreparedText, dictionary: Dictionary, typings: readonly Transliteration[], raw?: string): PreparedText {
  const { text, origin } = prepared;
  // A word written with a capital inside a sentence is a name ("Partner Center", "Enterprise
  // Agreement", "US Government"), the same in every language: it is no word of a Latin-script one,
  // and it stays as written.
  const named = (at: number): boolean => raw !== undefined && /\p{Lu}/u.test(raw[origin[at] ?? -1] ?? '') && !/(^|[.!?:;])$/.test(text.slice(0, at).trimEnd());
  const tokens = [...text.matchAll(/[a-z]+/g)];
  if (tokens.length < MIN_WORDS) return prepared;
  for (const typing of typings) {
    const read = tokens.map((m) => {
      const spelt = spellIn(m[0], typing);
      const known = spelt.length >= MIN_STEM ? wordOf(spelt, dictionary, typing) : undefined;
      return { at: m.index, word: m[0], as: known ?? spelt, known: known !== undefined };
    });
    const evidence = read.filter((t) => t.known && !dictionary.words.has(t.word));
    // A long message in a Latin-script language has loanwords too ("plan", "billing", "transfer"):
    // its own lexicons' words ("they", "want", "through") must not outnumber the evidence twice over.
    const latin = read.filter((t) => dictionary.words.has(t.word) && !named(t.at)).length;
    if (evidence.length < MIN_WORDS || latin > 2 * evidence.length) continue;
    let out = '';
    const outOrigin: number[] = [];
    let last = 0;
    for (const t of read) {
      if ((!t.known && !typing.functionWords.has(t.as)) || (named(t.at) && dictionary.words.has(t.word))) continue;
      out += text.slice(last, t.at) + t.as;
      outOrigin.push(...origin.slice(last, t.at), ...[...t.as].map((_, k) => origin[t.at + Math.min(k, t.word.length - 1)]!));
      last = t.at + t.word.length;
    }
    out += text.slice(last);
    outOrigin.push(...origin.slice(last));
    return { text: out, origin: outOrigin };
  }
  return prepared;
}
