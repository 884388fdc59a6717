// Preparing a message for matching: the same folding as `normalize` in ../matching.ts (Unicode
// compatibility decomposition, so full-width "ＥＡ" is "ea"; accents stripped; lower case), but
// punctuation that ends a clause or a sentence is kept as a marker, because negation and
// uncertainty do not reach across it, and every character remembers where it came from so the
// evidence can quote the original words.

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

export function isCjk(ch: string): boolean {
  return CJK_CHAR.test(ch);
}

type Piece = { ch: string; at: number };

export function prepare(input: string): PreparedText {
  // 1. Fold each character and classify it.
  const pieces: Piece[] = [];
  let i = 0;
  for (const cp of input) {
    const at = i;
    i += cp.length;
    if (CLAUSE.has(cp)) {
      pieces.push({ ch: ',', at });
      continue;
    }
    if (SENTENCE.has(cp)) {
      pieces.push({ ch: '.', at });
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

/** The words of the original message behind `text.slice(start, end)`. */
export function originalSpan(input: string, prepared: PreparedText, start: number, end: number): string {
  const from = prepared.origin[start];
  const lastChar = prepared.origin[end - 1];
  if (from === undefined || lastChar === undefined) return '';
  // Extend to the end of the original character (surrogate pairs, decomposed letters).
  const cp = input.codePointAt(lastChar) ?? 0;
  return input.slice(from, lastChar + (cp > 0xffff ? 2 : 1)).trim();
}
