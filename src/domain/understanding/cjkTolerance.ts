// Typos in Chinese are a wrong character of the same sound picked from the input method
// ("企业斜议" for 企业协议, "支吃" for 支持, "许可征" for 许可证). A run that differs from exactly
// one lexicon term in one character is read as that term when the character is not a negation or
// a particle, and either it has the sound of the term's character (its toneless reading,
// ./lexicon/zh-sounds.json, with a few rarer characters the lexicons write, "睿" of 艾睿, paired
// there with a common one of their sound) or the term has four characters or more and the
// character is neither of the first two nor the last (where the next word begins). Never when
// the character lies inside another known word ("分销商"), nor, in a term of two characters, when
// it is one of the commonest words of their own ("用两个" is not "用量"). A term and its longer
// form that both fit are one reading, not two. The first character of a term may differ only by
// its sound, and only when it is none of the commonest words nor a character the lexicons write
// ("帐单" is 账单; "卖的" is no 买的, "只持" no 支持).
// The text keeps its length, so every character
// keeps its origin.
import SOUNDS from './lexicon/zh-sounds.json';
import { isCjk } from './text';

/** The shortest Chinese term whose character may be any other (four characters: one wrong is a quarter). */
const MIN_TERM = 4;
/** Characters that change what a phrase means: never the one that differs. */
const MEANINGFUL = new Set([...'不没非别无未是的了吗和或还要']);
/** The commonest characters, words on their own: never a typo in a term of two characters. */
const COMMON = new Set([
  ...'一二两三四五六七八九十百千万亿个位家台套次年月日天号我你他她它们这那哪么什些每各很太更最又再才只已就也都在有和与把被给让对从向到会能可以说看想做用去来上下里中大小多少好受收几其齐七机计记系',
]);

/** The 3,755 common characters of GB 2312 level 1 (rows 16 to 55), in the standard's order (by reading). */
export function gb2312Level1(): string {
  const bytes: number[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe && !(hi === 0xd7 && lo > 0xf9); lo++) bytes.push(hi, lo);
  return new TextDecoder('gbk').decode(new Uint8Array(bytes));
}

/** The syllable of each common character: its place among the syllables of ./lexicon/zh-sounds.json. */
let syllables: ReadonlyMap<string, number> | undefined;
function syllableOf(ch: string): number | undefined {
  if (syllables === undefined) {
    const map = new Map<string, number>();
    try {
      const chars = [...gb2312Level1()];
      let at = 0;
      SOUNDS.syllableLengths.forEach((length, syllable) => {
        for (const ch of chars.slice(at, at + length)) map.set(ch, syllable);
        at += length;
      });
      // Characters the lexicons write beyond level 1 ("睿" of 艾睿, Arrow), each after a common one of its sound.
      for (let k = 0; k + 1 < SOUNDS.alike.length; k += 2) {
        const syllable = map.get(SOUNDS.alike[k + 1]!);
        if (syllable !== undefined) map.set(SOUNDS.alike[k]!, syllable);
      }
    } catch {
      // A runtime without the GBK decoder (a Node built with small ICU) reads no typo by its sound.
    }
    syllables = map;
  }
  return syllables.get(ch);
}

/** Whether two characters are read the same way, tones aside ("吃" and "持" are both "chi"). */
export function sameSound(a: string, b: string): boolean {
  const sa = syllableOf(a);
  return sa !== undefined && sa === syllableOf(b);
}

/** Most variants one pattern expands to (its optional groups). */
const MAX_VARIANTS = 32;

/** The terms by their first character (which a typo never changes) and the exact ones. */
export interface CjkTerms {
  byFirst: ReadonlyMap<string, readonly string[]>;
  /** The terms by their second character, for a first character of the same sound ("帐单" for 账单). */
  bySecond: ReadonlyMap<string, readonly string[]>;
  /** Every character the terms are written with: one of them is itself, never another's first. */
  characters: ReadonlySet<string>;
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

/** The lexicons' Chinese terms of two characters or more. */
export function cjkTerms(patterns: Iterable<string>): CjkTerms {
  const all = new Set<string>();
  const runs = new Set<string>();
  for (const p of patterns) {
    if (![...p].some(isCjk)) continue;
    for (const variant of expand(p))
      for (const run of variant.match(/\p{Script=Han}+/gu) ?? []) {
        if (run.length >= 2) {
          runs.add(run);
          all.add(run);
        }
      }
  }
  const byFirst = new Map<string, string[]>();
  const bySecond = new Map<string, string[]>();
  for (const t of all) {
    byFirst.set(t[0]!, [...(byFirst.get(t[0]!) ?? []), t]);
    bySecond.set(t[1]!, [...(bySecond.get(t[1]!) ?? []), t]);
  }
  return { byFirst, bySecond, characters: new Set([...all].flatMap((t) => [...t])), all, runs, lengths: [...new Set([...runs].map((t) => t.length))] };
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
      if (at < 1 || known[i + at] || MEANINGFUL.has(window[at]!) || MEANINGFUL.has(term[at]!)) continue;
      const anyCharacter = term.length >= MIN_TERM && at >= 2 && at < term.length - 1;
      if (!anyCharacter && !(sameSound(window[at]!, term[at]!) && (term.length > 2 || !COMMON.has(window[at]!)))) continue;
      // A term and its own longer form ("美国政府" and "美国政府云") are one reading: the longer is kept.
      if (found !== undefined && !found.startsWith(term) && !term.startsWith(found)) ambiguous = true;
      if (found === undefined || term.length > found.length) found = term;
    }
    // The first character only of the same sound, and no word of its own ("帐单" is 账单).
    if (found === undefined && !known[i] && !terms.characters.has(chars[i]!) && !COMMON.has(chars[i]!) && !MEANINGFUL.has(chars[i]!))
      for (const term of terms.bySecond.get(chars[i + 1] ?? '') ?? []) {
        const window = chars.slice(i, i + term.length).join('');
        if (window.slice(1) !== term.slice(1) || window[0] === term[0] || MEANINGFUL.has(term[0]!) || !sameSound(window[0]!, term[0]!)) continue;
        if (found !== undefined && !found.startsWith(term) && !term.startsWith(found)) ambiguous = true;
        if (found === undefined || term.length > found.length) found = term;
      }
    if (found === undefined || ambiguous) continue;
    for (let k = 0; k < found.length; k++) chars[i + k] = found[k]!;
    known.fill(true, i, i + found.length);
  }
  return chars.join('');
}
