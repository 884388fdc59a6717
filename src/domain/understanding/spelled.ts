// Words spelled out letter by letter, as an agent types what is said on a call or a
// transcription writes it: "a z u r e", "c s p", "cé esz pé", «си эс пи». A run of three letters
// or more (a single Latin letter, or the name of a letter in one of the languages) is read as
// the word it spells, but only when that word is a lexicon word: "see you" spells nothing the
// reader knows and stays as it is. Two letters are too often two words of their own ("e a" in
// Portuguese is "and the"), so they are left to each lexicon's spoken forms (`respell`, below).
import { CompiledLexicon, fold } from './compile';
import { matches } from './structure';
import { Lexicon } from './types';
import { PreparedText } from './text';

/** The fewest letters a spelled-out word has. */
const MIN_LETTERS = 3;

/** The names of the letters, folded, with the letter each one names, over every lexicon. */
export function letterNames(lexicons: readonly Lexicon[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const l of lexicons) for (const [name, letter] of Object.entries(l.letters ?? {})) names.set(fold(name), fold(letter));
  return names;
}

const longest = new WeakMap<ReadonlySet<string>, number>();

/** The length of the longest word in a set of words, found once per set. */
function longestWord(known: ReadonlySet<string>): number {
  let n = longest.get(known);
  if (n === undefined) {
    n = 0;
    for (const w of known) n = Math.max(n, w.length);
    longest.set(known, n);
  }
  return n;
}

/** The text with every run of spelled letters that makes a known word written as that word. */
export function spelledOut(prepared: PreparedText, names: ReadonlyMap<string, string>, known: ReadonlySet<string>): PreparedText {
  const { text, origin } = prepared;
  const tokens = [...text.matchAll(/[a-zа-я]+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    letter: /^[a-z]$/.test(m[0]) ? m[0] : names.get(m[0]),
  }));
  let out = '';
  const outOrigin: number[] = [];
  let last = 0;
  for (let i = 0; i < tokens.length;) {
    // The letters that follow one another, one space apart, from token i, as far as the longest
    // known word reaches: a longer run spells nothing, so many lone letters cost no more than a few.
    let j = i;
    const reach = Math.min(tokens.length, i + longestWord(known));
    while (j < reach && tokens[j]!.letter !== undefined && (j === i || (tokens[j]!.start === tokens[j - 1]!.end + 1 && text[tokens[j - 1]!.end] === ' '))) j++;
    let end = j;
    while (
      end - i >= MIN_LETTERS &&
      !known.has(
        tokens
          .slice(i, end)
          .map((t) => t.letter)
          .join(''),
      )
    )
      end--;
    if (end - i < MIN_LETTERS) {
      i++;
      continue;
    }
    const first = tokens[i]!;
    out += text.slice(last, first.start);
    outOrigin.push(...origin.slice(last, first.start));
    for (const t of tokens.slice(i, end)) {
      out += t.letter!;
      outOrigin.push(origin[t.start]!);
    }
    last = tokens[end - 1]!.end;
    i = end;
  }
  out += text.slice(last);
  outOrigin.push(...origin.slice(last));
  return { text: out, origin: outOrigin };
}

/** Spoken forms read as written, each character keeping its origin; a Latin filler only in its own language (pt "ne" is hu "don't"). */
export function respell(prepared: PreparedText, lexicons: readonly CompiledLexicon[], inLanguage: (language: string) => boolean): PreparedText {
  let { text, origin } = prepared;
  for (const l of lexicons) {
    for (const rule of l.respell) {
      const found = rule.filler && !inLanguage(l.language) ? [] : matches(rule.regex, text);
      if (found.length === 0) continue;
      let out = '';
      const outOrigin: number[] = [];
      let last = 0;
      for (const f of found) {
        out += text.slice(last, f.start);
        outOrigin.push(...origin.slice(last, f.start));
        let end = f.end;
        if (rule.to.length === 0 && text[end] === ' ') end++; // A dropped word takes one space with it.
        for (let k = 0; k < rule.to.length; k++) {
          out += rule.to[k];
          outOrigin.push(origin[k === 0 ? f.start : f.end - 1]!);
        }
        last = end;
      }
      out += text.slice(last);
      outOrigin.push(...origin.slice(last));
      text = out;
      origin = outOrigin;
    }
  }
  return { text, origin };
}
