// A sentence wrapped across lines: a plain-text mail hard-wrapped near a fixed width, or a line
// broken in the middle of a sentence ("Customer is no longer on an⏎EA, they moved…"). Its line
// break is read as a space, not as the end of a sentence, when the sentence clearly goes on: the
// line ends in a word no sentence ends on (lexicon `structure.lineGoesOn`), or the paragraph is
// hard-wrapped (the next line's first word would not have fit on the line, which is near the
// paragraph's width, and it goes on in lower case or with an acronym). A structural line (a
// header, a label, a list item, a quoted line, a table's row, a chat line with its time, a
// signature's rule) is never joined.
import { LEXICONS } from './lexicon';

/** A line's words as the lexicon writes them: lower case, split at spaces only ("n/a" is no "a"). */
const words = (s: string): string[] => s.normalize('NFKC').toLowerCase().trim().split(/\s+/u);

const GOES_ON: readonly string[][] = [...new Set(LEXICONS.flatMap((l) => l.structure?.lineGoesOn ?? []))].map(words);
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** A line that is part of a message's frame, not of its prose. */
const STRUCTURAL = [
  /^>/u, // a quoted line
  /^(?:(?:[-*•·–—]|\d{1,2}[.)]|[A-Za-z][.)]|\(\w\))\s|\d{1,2}[）、]|（\d{1,2}）)/u, // a list item
  /^[[【][^\]】]{1,16}[\]】]/u, // a chat line under its speaker's or its time's label
  /^[^\s:：]{1,24}(?: [^\s:：]{1,24}){0,3} ?[:：]/u, // a header or a label ("From:", "Channel: EA")
  /\t| {2}|[|│]/u, // a table's row
  /^\[?\d{1,4}[-./:/]\d{1,2}/u, // a chat line with its time or date
  /^(?:--|__|—)/u, // a signature's rule
];

/** A record's field under a quoted key, as JSON writes one ('"cloud": "commercial",'). */
export const QUOTED_KEY = /^[ \t]*["“][^"“”\n]{1,40}["”][ \t]*[:：]/u;

const structural = (line: string): boolean => line.length === 0 || STRUCTURAL.some((re) => re.test(line));

/** Whether a line ends in a word no sentence ends on. */
function endsOpen(line: string): boolean {
  if (/[\p{P}\p{S}]$/u.test(line)) return false;
  const said = words(line);
  return GOES_ON.some((w) => {
    if (w.length === 1 && CJK.test(w[0]!)) return said[said.length - 1]!.endsWith(w[0]!) && [...line].filter((c) => CJK.test(c)).length >= w[0]!.length + 2;
    return said.length > w.length && w.every((word, k) => said[said.length - w.length + k] === word);
  });
}

/**
 * The width a paragraph was wrapped at: its longest line, if it has three lines or more and all but
 * its last are near it (a note's lines of any length, or one long line over a short one, are no wrap).
 */
const WIDTH = { least: 60, most: 100, slack: 16 };

function wrapWidth(lines: readonly string[]): number {
  const width = Math.max(0, ...lines.map((l) => l.length));
  const even = lines.length >= 3 && lines.slice(0, -1).every((l) => l.length >= width - WIDTH.slack);
  return even ? width : 0;
}

function hardWrapped(line: string, next: string, width: number): boolean {
  if (width < WIDTH.least || width > WIDTH.most || line.length < width - WIDTH.slack) return false;
  if (/[\p{P}\p{S}]$/u.test(line) || !/^(?:\p{Ll}|\p{Lu}{2,}(?![\p{Ll}]))/u.test(next)) return false;
  const first = next.split(/\s/u)[0]!;
  return line.length + 1 + first.length > width;
}

/**
 * The line breaks of a message (the index of each "\n", and of a "\r" before it) that wrap one
 * sentence onto the next line.
 */
export function wrappedBreaks(input: string): Set<number> {
  const joins = new Set<number>();
  if (!input.includes('\n')) return joins;
  const raw = input.split('\n');
  const lines = raw.map((l) => l.trim());
  const widths: number[] = [];
  for (let k = 0, start = 0; k <= lines.length; k++) {
    if (k < lines.length && lines[k]!.length > 0) continue;
    const width = wrapWidth(lines.slice(start, k));
    for (let j = start; j < k; j++) widths[j] = width;
    start = k + 1;
  }
  let at = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    at += raw[k]!.length;
    const [line, next] = [lines[k]!, lines[k + 1]!];
    if (!structural(line) && !structural(next) && (endsOpen(line) || hardWrapped(line, next, widths[k]!))) {
      joins.add(at);
      if (input[at - 1] === '\r') joins.add(at - 1);
    }
    at += 1;
  }
  return joins;
}
