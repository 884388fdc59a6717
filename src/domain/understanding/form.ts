// A form or a template keeps its own hints beside the answers typed into it: "Current channel (e.g.
// EA / MCA / other CSP): Syndication", "Requested outcome: <example: support only>", «Канал: Open
// Value (пример) → фактически: Enterprise Agreement», "Cloud: [Global / US Gov / China] -> Global",
// "Csatorna: ~~EA~~ Open Value". The hints are nobody's answer: they are blanked (with spaces, so
// every other word keeps its place) before the message is read.
import { CompiledLexicon } from './compile';
import { matches } from './structure';
import { prepare } from './text';

/** A bracketed stretch on one line: round, full-width, square or angle brackets. */
const BRACKET = /\(([^()\n]{1,80})\)|（([^（）\n]{1,80})）|\[([^[\]\n]{1,80})\]|<([^<>\n]{1,80})>/gu;
/** Options offered side by side: two or more, between slashes or bars, each with a letter ("12/03 09:14" is a time). */
const offers = (words: string): boolean => {
  const options = words.split(/[/|]/u);
  return options.length >= 2 && options.every((o) => /\p{L}/u.test(o));
};
/** Where a field's value begins on its line: after its label's colon or arrow, or after a box or a bullet. */
const VALUE_START = /(?:[:：=]|->|→|^[ \t]*(?:\[[ xX✓✔]?\]|[-*•·]|\d+[.)])?)[ \t]*(?=[^:：=→]*$)/u;
/** A field's label ends: its colon, after at most a few spaces. */
const LABEL_END = /^[ \t]*[:：]/u;
/** A box left empty, with its option up to the next box: "☐ Azure", "[ ] Azure". */
const UNTICKED = /(?:☐|\[ ?\])[^☐☑☒✅[\n]*/gu;
/** A ticked box: "☑", "[x]". */
const TICKED = /[☑☒✅]|\[[xX✓✔]\]/u;
/** Text struck through in Markdown: "~~EA~~". */
const STRUCK_THROUGH = /~~[^~\n]+~~/gu;

/** The words that make a bracket a hint: an example's or a default's ("e.g.", «например», "例如", "pl."). */
function hint(words: string, lexicons: readonly CompiledLexicon[]): 'opens' | 'whole' | undefined {
  const text = prepare(words).text.replace(/[ ,.]+$/u, '');
  for (const l of lexicons) {
    const found = matches(l.example, text).find((w) => w.start === 0);
    if (found !== undefined) return found.end === text.length ? 'whole' : 'opens';
  }
  return undefined;
}

/** The text with a form's examples, defaults, offered options and struck-through values blanked. */
export function withoutFormHints(text: string, lexicons: readonly CompiledLexicon[]): string {
  if (!/[(（[<~☐☑☒✅]/u.test(text)) return text;
  const out = text.split('');
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) out[i] = ' ';
  };
  for (const m of text.matchAll(STRUCK_THROUGH)) blank(m.index, m.index + m[0].length);
  // On a line of boxes where one is ticked ("Product: [x] Microsoft 365  [ ] Azure", "☑ M365 ☐ Azure"),
  // the boxes left empty are the options not chosen; a checklist's lone empty box is a task still to do, and stays.
  for (const line of text.matchAll(/[^\n]+/gu)) {
    if (!TICKED.test(line[0])) continue;
    for (const m of line[0].matchAll(UNTICKED)) blank(line.index + m.index, line.index + m.index + m[0].length);
  }
  for (const m of text.matchAll(BRACKET)) {
    const inside = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const kind = hint(inside, lexicons);
    const squareOrAngle = m[3] !== undefined || m[4] !== undefined;
    // Round brackets offer options too when they sit in a field's label, just before its colon
    // ("How do you buy today? (EA / CSP / Other): Other"); in prose they may hold the answer.
    const inLabel = LABEL_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    if (kind === undefined && !((squareOrAngle || inLabel) && offers(inside))) continue;
    blank(m.index, m.index + m[0].length);
    // A bracket that only says "example" or "default" is about the value before it, back to the
    // field's label ("Open Value (пример)", "Direct bill (alapértelmezett)").
    if (kind === 'whole') {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const before = text.slice(lineStart, m.index);
      const start = VALUE_START.exec(before);
      if (start !== null && before.length - start.index <= 60) blank(lineStart + start.index + start[0].length, m.index);
    }
  }
  return out.join('');
}
