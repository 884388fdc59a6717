// A field's value replaced by another, written as an edit: "Channel: EA -> MPSA", "Goal: Support →
// Move", a ticket log's "changed Channel from "EA" to "Microsoft"" («изменил поле «Канал» с EA на
// Open», "将 渠道 从 “Advisor” 改为 “Open”", "alterado de EA para Open"), or a field with its old value
// in a bracket after it ("Microsoft (changed 07/14 from "Microsoft Advisor")"). The old value is no
// statement: it is blanked (with spaces, so every other word keeps its place), but only when the
// new value answers the same question differently ("Advisor → us", "EA → Azure → we're T1" and
// "Status: Open → Blocked" are no edits of one value), and only from the old value's first word
// that does so ("bought via EA -> now CSP" keeps what was said before "EA").
import type { QuestionId } from '../questions';
import { compilePatterns, foldInPlace } from './compile';
import { LEXICONS } from './lexicon';

/** A value a piece of text names, where it stands in that piece. */
export interface Named {
  question: QuestionId;
  option: string;
  start: number;
  end: number;
}

const pattern = (key: 'changedFrom' | 'changedTo'): RegExp | undefined => {
  const words = LEXICONS.flatMap((l) => l.structure?.[key] ?? []);
  return words.length > 0 ? compilePatterns(words, `structure.${key}`) : undefined;
};
const FROM = pattern('changedFrom');
const TO = pattern('changedTo');
/** An arrow between a field's old value and its new one; each also ends the value before it. */
const ARROWS = ['->', '→', '=>', '⟶', '➔'];
const ARROW = new RegExp(ARROWS.join('|'), 'gu');
/** What ends a field's value: a clause's mark, a label's colon, a cell's bar or another arrow. */
const STOP_MARKS = ':：|;；,，。!?！？\n';
const STOP = new RegExp(`[${STOP_MARKS}]|${ARROWS.join('|')}`, 'u');
/** An arrow's last character, where a value before the arrow begins. */
const STOP_CHARS = STOP_MARKS + ARROWS.map((a) => a.at(-1)!).join('');
/** How far apart the word before the old value and the word before the new one may stand. */
const REACH = 60;

/** Where the value before `at` begins: after the last stop before it (an arrow's ">" is one). */
function valueStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !STOP_CHARS.includes(text[start - 1]!)) start--;
  return start;
}

/** Where the value after `at` ends: at the next stop. */
function valueEnd(text: string, at: number): number {
  const rest = text.slice(at).search(STOP);
  return rest < 0 ? text.length : at + rest;
}

export function withoutReplaced(text: string, valuesOf: (piece: string) => readonly Named[]): string {
  const folded = foldInPlace(text);
  const edits: Array<{ old: [number, number]; now: [number, number] }> = [];
  for (const a of folded.matchAll(ARROW))
    edits.push({ old: [valueStart(folded, a.index), a.index], now: [a.index + a[0].length, valueEnd(folded, a.index + a[0].length)] });
  if (FROM !== undefined)
    for (const f of folded.matchAll(FROM)) {
      const end = f.index + f[0].length;
      const lineEnd = folded.indexOf('\n', end) < 0 ? folded.length : folded.indexOf('\n', end);
      TO!.lastIndex = end;
      const t = TO!.exec(folded);
      // "from A to B"; with no "to", the new value stands before the bracket that holds the old one ("Microsoft (changed from "Advisor")").
      if (t !== null && t.index < lineEnd && t.index - end <= REACH)
        edits.push({ old: [end, t.index], now: [t.index + t[0].length, valueEnd(folded, t.index + t[0].length)] });
      else {
        const open = folded.lastIndexOf('(', f.index);
        const close = folded.indexOf(')', end);
        if (open < 0 || close < 0 || close > lineEnd || folded.slice(open, f.index).includes('\n')) continue;
        edits.push({ old: [end, close], now: [valueStart(folded, open), open] });
      }
    }
  if (edits.length === 0) return text;
  const out = text.split('');
  for (const { old, now } of edits) {
    const newer = valuesOf(text.slice(now[0], now[1]));
    const replaced = valuesOf(text.slice(old[0], old[1])).filter((o) => newer.some((n) => n.question === o.question && n.option !== o.option));
    if (replaced.length === 0) continue;
    for (let i = old[0] + Math.min(...replaced.map((r) => r.start)); i < old[1]; i++) if (out[i] !== '\n') out[i] = ' ';
  }
  return out.join('');
}
