// Typos in Chinese are a wrong character of the same sound picked from the input method
// ("企业斜议" for 企业协议, "间接提攻商" for 间接提供商). A run that differs from exactly one
// lexicon term of four characters or more in one character is read as that term; never when
// that character is one of the first two or the last (where the next word begins), lies inside
// another known word ("分销商"), or is a negation or a particle. The text keeps its length, so
// every character keeps its origin.
import { isCjk } from './text';

/** The shortest Chinese term that is corrected (four characters: one wrong is a quarter). */
const MIN_TERM = 4;
/** Characters that change what a phrase means: never the one that differs. */
const MEANINGFUL = new Set([...'不没非别无未是的了吗和或还要']);
/** Most variants one pattern expands to (its optional groups). */
const MAX_VARIANTS = 32;

/** The terms by their first character (which a typo never changes) and the exact ones. */
export interface CjkTerms {
  byFirst: ReadonlyMap<string, readonly string[]>;
  all: ReadonlySet<string>;
  /** Every run of two characters or more the lexicons hold: a character inside one is no typo. */
  runs: ReadonlySet<string>;
  lengths: readonly number[];
}

/** The variants of a pattern's optional groups of Chinese text: "间接(服务)?提供商" gives two. */
function expand(pattern: string): string[] {
  let variants = [pattern];
  const group = /\(([\p{Script=Han}]+)\)\?/u;
  for (let guard = 0; guard < 8 && variants.some((v) => group.test(v)); guard++) {
    variants = variants.flatMap((v) => {
      const m = group.exec(v);
      if (m === null) return [v];
      return [m[1]!, ''].map((o) => v.slice(0, m.index) + o + v.slice(m.index + m[0].length));
    });
    if (variants.length > MAX_VARIANTS) return [];
  }
  return variants;
}

/** The lexicons' Chinese terms of four characters or more. */
export function cjkTerms(patterns: Iterable<string>): CjkTerms {
  const all = new Set<string>();
  const runs = new Set<string>();
  for (const p of patterns) {
    if (![...p].some(isCjk)) continue;
    for (const variant of expand(p))
      for (const run of variant.match(/\p{Script=Han}+/gu) ?? []) {
        if (run.length >= 2) runs.add(run);
        if (run.length >= MIN_TERM) all.add(run);
      }
  }
  const byFirst = new Map<string, string[]>();
  for (const t of all) byFirst.set(t[0]!, [...(byFirst.get(t[0]!) ?? []), t]);
  return { byFirst, all, runs, lengths: [...new Set([...runs].map((t) => t.length))] };
}

/** Where the two strings of one length differ, when they differ in exactly one place. */
function oneOff(a: string, b: string): number {
  let at = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (at >= 0) return -1;
    at = k;
  }
  return at;
}

/** The text with each Chinese typo replaced by the term it misspells. */
export function correctCjk(text: string, terms: CjkTerms): string {
  if (terms.all.size === 0 || ![...text].some(isCjk)) return text;
  const chars = [...text];
  if (chars.length !== text.length) return text; // characters outside the BMP: left as they are
  const known = new Array<boolean>(chars.length).fill(false);
  // Characters inside a known run ("分销商" in "我们是分销商") are words, not typos of another term.
  for (const n of terms.lengths) for (let i = 0; i + n <= chars.length; i++) if (terms.runs.has(text.slice(i, i + n))) known.fill(true, i, i + n);
  for (let i = 0; i < chars.length; i++) {
    if (!isCjk(chars[i]!)) continue;
    let found: string | undefined;
    let ambiguous = false;
    for (const term of terms.byFirst.get(chars[i]!) ?? []) {
      const window = chars.slice(i, i + term.length).join('');
      if (window.length < term.length || ![...window].every(isCjk)) continue;
      const at = oneOff(window, term);
      if (at < 2 || at === term.length - 1 || known[i + at] || MEANINGFUL.has(window[at]!) || MEANINGFUL.has(term[at]!)) continue;
      if (found !== undefined && found !== term) ambiguous = true;
      found = term;
    }
    if (found === undefined || ambiguous) continue;
    for (let k = 0; k < found.length; k++) chars[i + k] = found[k]!;
    known.fill(true, i, i + found.length);
  }
  return chars.join('');
}
