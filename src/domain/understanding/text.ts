// Preparing a message for matching: the same folding as `normalize` in ../matching.ts (Unicode
// compatibility decomposition, so full-width "ＥＡ" is "ea"; accents stripped; lower case), but
// punctuation that ends a clause or a sentence is kept as a marker, because negation and
// uncertainty do not reach across it, and every character remembers where it came from so the
// evidence can quote the original words.

import { QUOTED_KEY, wrappedBreaks } from './lineWrap';
import { TRADITIONAL } from './traditional';

export interface PreparedText {
  /** Folded text: words separated by single spaces; "," "." "?" are clause/sentence markers. */
  text: string;
  /** For each character of `text`, the index of the character of the original it came from. */
  origin: number[];
}

const CJK_CHAR = /[\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARKS = /\p{M}+/gu;

/** Punctuation that ends a clause inside a sentence. */
const CLAUSE = new Set([',', ';', ':', '(', ')', '[', ']', '{', '}', '、', '，', '；', '：', '（', '）', '|', '"', '«', '»', '“', '”', '„']);
/** Punctuation that ends a sentence ("?" is kept apart: "EA? no"). */
const SENTENCE = new Set(['.', '!', '。', '！', '\n', '\r', '…', '\u2026']);
const QUESTION = new Set(['?', '？']);
/** Arrows written as one character. */
const ARROW_HEADS = new Set(['→', '⟶', '➔', '⇒']);

/**
 * A shorthand note's arrow ends the clause before it ("NOT Azure -> it's D365", "não é Open → é EA"):
 * what it denies stops there. On a field's line ("Status: New -> Open") it is an edit, left as it was.
 */
function noteArrow(input: string, at: number, cp: string): boolean {
  if (!ARROW_HEADS.has(cp) && !(cp === '>' && (input[at - 1] === '-' || input[at - 1] === '='))) return false;
  const line = input.slice(input.lastIndexOf('\n', at) + 1, at);
  return !/[:：]/.test(line);
}
/** A pictograph typed in a chat ("sem parceiro nenhum 🙃 m365") ends its sentence, as a smile does. */
const EMOJI = /(?![©®™])\p{Extended_Pictographic}/u;

/** Whether two spans of the text share a character. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * The sentence around a point, or around the span `from`–`to`: the prepared text ends every
 * sentence with "." or "?" (`prepare` folds "!", "。", "？" and line breaks into them), so these two
 * marks are the only boundaries any rule needs.
 */
export function sentenceOf(text: string, from: number, to = from): { start: number; end: number } {
  const start = Math.max(text.lastIndexOf('.', from - 1), text.lastIndexOf('?', from - 1)) + 1;
  const rest = text.slice(to).search(/[.?]/);
  return { start, end: rest < 0 ? text.length : to + rest };
}

export function isCjk(ch: string): boolean {
  return CJK_CHAR.test(ch);
}

/** Words (Latin or Cyrillic) and pairs of Chinese characters between two points. */
export function distance(gap: string): number {
  let units = 0;
  for (const word of gap.split(' ')) {
    if (word.length === 0) continue;
    let cjk = 0;
    let other = false;
    for (const ch of word) {
      if (isCjk(ch)) cjk++;
      else other = true;
    }
    units += (other ? 1 : 0) + Math.ceil(cjk / 2);
  }
  return units;
}

type Piece = { ch: string; at: number };

/**
 * A short gloss in brackets right after a word ("联合销售（syndication）", "distributor (T2)",
 * "a hosting company (not a CSP)") belongs to that word's clause: its opening bracket is no pause,
 * so a negation before the word reaches the gloss. The closing bracket still ends the clause.
 */
const GLOSS = /(?<=[\p{L}\p{N}] ?)[(（](?=[^()（）\n.,;:!?。，；：！？]{1,40}[)）])/gu;
const GLOSS_WORDS = 3;

function glossOpenings(input: string): Set<number> {
  const at = new Set<number>();
  for (const m of input.matchAll(GLOSS)) {
    const inner = input.slice(m.index + 1, input.slice(m.index).search(/[)）]/) + m.index);
    const words = inner
      .trim()
      .split(/\s+/)
      .reduce((n, w) => n + Math.max(1, Math.ceil([...w].filter(isCjk).length / 2)), 0);
    if (words <= GLOSS_WORDS) at.add(m.index);
  }
  return at;
}

/** The parts of an address after a dot ("azure.com", "portal.azure.com", "www.microsoft.com"). */
const ADDRESS_PART = /^(?:com|net|org|cn|ru|br|hu|pt|io|co|uk|us|gov|edu|info|online|cloud|azure|microsoft|office|microsoft365|live|outlook)(?![\p{L}\p{N}])/iu;

/** A company form written with a dot ("Példa Kft.", "Acme Ltd."), the last word of a company's name. */
const COMPANY_FORM = /(?:^|[^\p{L}])(?:kft|zrt|nyrt|bt|kkt|ltd|inc|llc|corp|ltda|gmbh)$/iu;

/**
 * A dot inside an address or a number ("azure.com", "3.5") is no end of a sentence: it is read
 * as "_" ("azure_com"). A sentence typed without a space after its dot ("EA.They") still ends.
 * Nor is a company form's dot followed by a bracket's close, a colon, a comma or a lower-case word
 * ("the parent (Példa Zrt.): on an EA", "a Példa Kft. volt"): the name goes on in its sentence.
 */
function dotInWord(input: string, at: number, cp: string): string | undefined {
  if (cp !== '.') return undefined;
  const before = input[at - 1] ?? ' ';
  const after = input.slice(at + 1);
  if (/\d/.test(before) && /^\d/.test(after)) return '_';
  if (LETTER_OR_DIGIT.test(before) && (ADDRESS_PART.test(after) || /(?:^|[^\p{L}])www$/iu.test(input.slice(0, at)))) return '_';
  if (COMPANY_FORM.test(input.slice(Math.max(0, at - 6), at)) && /^ ?[)）:,;\p{Ll}]/u.test(after)) return ' ';
  return undefined;
}

const LINE_BREAK = new Set(['\n', '\r']);

/**
 * Whether the line so far ends in a comma: a line broken after a comma wraps one sentence, it ends
 * none; a field under a quoted key ('"cloud": "commercial",', as in JSON) ends its line. A closing
 * bracket is no comma there: "Channel: Advisor (Zsolt)" ends its line's sentence.
 */
function wrapsAfterComma(pieces: readonly Piece[], input: string, at: number): boolean {
  if (QUOTED_KEY.test(input.slice(input.lastIndexOf('\n', at - 1) + 1, at))) return false;
  for (let k = pieces.length - 1; k >= 0; k--) if (pieces[k]!.ch !== ' ') return pieces[k]!.ch === ',' && !/[)）\]]/u.test(input[pieces[k]!.at]!);
  return false;
}

/** A cell that ends a sentence ("They are on EA."): a gap after it is prose typed with two spaces, no cell break. */
const SENTENCE_CELL = /[.?!。？！]$/u;
/** A header's cell: a short label of four words at most, no sentence. */
const label = (cell: string): boolean => !SENTENCE_CELL.test(cell) && cell.trim().split(/\s+/u).length <= 4 && cell.length <= 30;

/**
 * Where a pasted table's cells meet: a tab, or two spaces or more, on the lines of a table, a header
 * line of three cells or more with no digit ("Customer⇥Cloud⇥Channel"), each a short label, and the
 * lines below it split into as many cells or more. A cell is a clause of its own ("Global⇥EA⇥Azure"
 * reads "Global, EA, Azure"), as a CSV's comma or a drawn table's bar already is; a list of action
 * items with a status at the end ("AI-3  Confirm the admin  OPEN") has no header and is read as
 * before, and so is prose typed with two spaces after each sentence ("They are on EA.  They want
 * support."): its sentences are no cells.
 */
function cellBreaks(input: string): Set<number> {
  const breaks = new Set<number>();
  if (!input.includes('\t') && !input.includes('  ')) return breaks;
  let at = 0;
  let width = 0;
  for (const line of input.split('\n')) {
    const gaps = [...line.matchAll(/(?<=\S)(?:\t[ \t]*|  +)(?=\S)/gu)];
    const cells = gaps.length + 1;
    if (width > 0 && cells >= width) for (const g of gaps) breaks.add(at + g.index);
    else width = cells >= 3 && !/\d/u.test(line) && line.split(/\t[ \t]*| {2,}/u).every(label) ? cells : 0;
    at += line.length + 1;
  }
  return breaks;
}

export function prepare(input: string): PreparedText {
  // 1. Fold each character and classify it.
  const pieces: Piece[] = [];
  const glosses = input.includes('(') || input.includes('（') ? glossOpenings(input) : new Set<number>();
  const cellGaps = cellBreaks(input);
  const wraps = wrappedBreaks(input);
  let i = 0;
  let open = 0;
  for (const cp of input) {
    const at = i;
    i += cp.length;
    // A closing bracket no bracket opened is a smile («записаны)) Хотят…»): it ends its sentence.
    if (cp === ')' && open === 0) {
      pieces.push({ ch: '.', at });
      continue;
    }
    open += cp === '(' ? 1 : cp === ')' ? -1 : 0;
    const inWord = glosses.has(at) ? ' ' : dotInWord(input, at, cp);
    if (inWord !== undefined) {
      pieces.push({ ch: inWord, at });
      continue;
    }
    if (CLAUSE.has(cp) || cellGaps.has(at) || noteArrow(input, at, cp)) {
      pieces.push({ ch: ',', at });
      continue;
    }
    if (EMOJI.test(cp)) {
      pieces.push({ ch: '.', at });
      continue;
    }
    if (SENTENCE.has(cp)) {
      pieces.push({ ch: LINE_BREAK.has(cp) && (wraps.has(at) || wrapsAfterComma(pieces, input, at)) ? ' ' : '.', at });
      continue;
    }
    if (QUESTION.has(cp)) {
      pieces.push({ ch: '?', at });
      continue;
    }
    const folded = (TRADITIONAL.get(cp) ?? cp).normalize('NFKD').replace(MARKS, '').toLowerCase();
    for (const ch of folded) {
      if (LETTER_OR_DIGIT.test(ch)) pieces.push({ ch, at });
      else if (ch === ',' || ch === ';' || ch === ':' || ch === '(' || ch === ')') pieces.push({ ch: ',', at });
      else if (ch === '.' || ch === '!') pieces.push({ ch: '.', at });
      else if (ch === '?') pieces.push({ ch: '?', at });
      else pieces.push({ ch: ' ', at });
    }
  }

  // 2. Markers become separate tokens; runs of spaces collapse; no spaces next to CJK.
  const tokens: Piece[] = [];
  const pushSpace = (at: number): void => {
    const last = tokens[tokens.length - 1];
    if (last !== undefined && last.ch !== ' ') tokens.push({ ch: ' ', at });
  };
  for (const p of pieces) {
    if (p.ch === ' ') {
      pushSpace(p.at);
      continue;
    }
    if (p.ch === ',' || p.ch === '.' || p.ch === '?') {
      const last = tokens[tokens.length - 2];
      // ". ." or ", ." → keep the stronger marker only.
      if (tokens[tokens.length - 1]?.ch === ' ' && last !== undefined && (last.ch === ',' || last.ch === '.' || last.ch === '?')) {
        if (p.ch !== ',' && last.ch === ',') last.ch = p.ch;
        continue;
      }
      pushSpace(p.at);
      tokens.push(p);
      tokens.push({ ch: ' ', at: p.at });
      continue;
    }
    tokens.push(p);
  }
  while (tokens[0]?.ch === ' ' || tokens[0]?.ch === ',' || tokens[0]?.ch === '.') tokens.shift();
  while (tokens.length > 0 && tokens[tokens.length - 1]!.ch === ' ') tokens.pop();

  let text = '';
  const origin: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.ch === ' ') {
      const prev = tokens[k - 1]?.ch ?? '';
      const next = tokens[k + 1]?.ch ?? '';
      if (isCjk(prev) || isCjk(next)) continue;
    }
    text += t.ch;
    origin.push(t.at);
  }
  return { text, origin };
}

/**
 * Whether a dash stands between two points of the prepared text. A dash is read as a space (in
 * Russian it is often "is": «мы — T2»), but a negation does not reach across it («ждать не
 * хотят — хотят перевести»).
 */
export function dashBetween(input: string, prepared: PreparedText, start: number, end: number): boolean {
  const from = prepared.origin[start];
  const to = prepared.origin[end];
  return from !== undefined && to !== undefined && /[—–]| - /.test(input.slice(from, to));
}

/** The words of the original message behind `text.slice(start, end)`. */
export function originalSpan(input: string, prepared: PreparedText, start: number, end: number): string {
  const from = prepared.origin[start];
  const lastChar = prepared.origin[end - 1];
  if (from === undefined || lastChar === undefined) return '';
  // Extend to the end of the original character (surrogate pairs, decomposed letters).
  const cp = input.codePointAt(lastChar) ?? 0;
  return input.slice(from, lastChar + (cp > 0xffff ? 2 : 1)).trim();
}

/**
 * Whether the original writes the span as a name: a capital then small letters, inside a
 * sentence (after a word, a comma or a bracket, not first) and not in a title (the next word
 * does not start with a capital too).
 */
export function writtenAsName(input: string, prepared: PreparedText, start: number, end: number): boolean {
  const from = prepared.origin[start];
  const last = prepared.origin[end - 1];
  if (from === undefined || last === undefined) return false;
  const word = input.slice(from, last + 1);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const before = input.slice(0, from).trimEnd();
  if (before.length === 0 || /[.!?:;>]$/.test(before)) return false;
  // A line's first word is its sentence's first ("Notes\nOpen items:"); a whole line ("Licensing\nOpen") is read as a bare answer.
  if (/\n[ \t]*$/.test(input.slice(0, from))) return false;
  return !/^\s+\p{Lu}/u.test(input.slice(last + 1));
}

/** The brackets of the original message, each from its opening to its closing mark in `text`. */
export function bracketed(input: string, prepared: PreparedText): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open: number | undefined;
  prepared.origin.forEach((at, k) => {
    const ch = input[at];
    if (ch === '(' || ch === '（') open = k;
    else if ((ch === ')' || ch === '）') && open !== undefined) {
      spans.push({ start: open, end: k });
      open = undefined;
    }
  });
  return spans;
}

/** A line of a list ("- …", "* …", "1. …", "A) …", or "1）…" with no space): its mark, a space, then the rest of the line. */
const LIST_ITEM = /(?:^|\n)[ \t]*(?:(?:[-*•·]|\d{1,2}[.)]|[A-Za-z]\))[ \t]|(?:\d{1,2}|[A-Za-z])）)[^\n]*/gu;

/**
 * The list items of the original message, each from its mark to its line's end in `text`: an
 * item is its own point ("- the group's EA stays with the parent;\n- the subsidiary bought…"),
 * though a line ending in ";" or "," runs on into the next one's sentence.
 */
export function listItems(input: string, prepared: PreparedText): { start: number; end: number }[] {
  if (!input.includes('\n')) return [];
  const at = (i: number): number => {
    const k = prepared.origin.findIndex((o) => o >= i);
    return k < 0 ? prepared.text.length : k;
  };
  return [...input.matchAll(LIST_ITEM)].map((m) => ({ start: at(m.index), end: at(m.index + m[0].length) }));
}

/**
 * Whether the words from `from` to `to` follow each other closely: in order, within `reach`
 * words, with none of `stops` between them (a comma too, unless the caller allows it).
 */
export function closeTo(text: string, from: number, to: number, reach: number, stops = /[,.?;:!]/): boolean {
  return from <= to && !stops.test(text.slice(from, to)) && units(text.slice(from, to)) <= reach;
}

/** Words, and pairs of Chinese characters (which have no spaces), in a gap. */
export function units(gap: string): number {
  let n = 0;
  for (const word of gap.split(' ')) {
    const cjk = [...word].filter(isCjk).length;
    n += (cjk < word.length ? 1 : 0) + Math.ceil(cjk / 2);
  }
  return n;
}

/** Whether the original word right after a prepared position is written as a name (its first letter a capital, on the same line). */
export function nameFollows(input: string, prepared: PreparedText, end: number): boolean {
  const last = prepared.origin[end - 1];
  return last !== undefined && /^[ \t]+\p{Lu}/u.test(input.slice(last + 1));
}
