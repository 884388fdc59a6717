// A summary's or a note's heading of questions, alone on its line ("Open questions", «Открытые
// вопросы», "待解决问题", "Perguntas em aberto", "Nyitott kérdések", `structure.questionsHeading`):
// the items listed under it ask, they state nothing. An item is a bulleted or numbered line, an
// indented line or a line ending in a question mark; the list ends at the first other line. What an
// item says after its last question mark, or before the sentence that mark ends, stays; two values of one question asked in
// one item ("the seats or the Azure subscription?") are a choice still open: they stay, to be asked.
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { StructuredMention } from './structure';
import { PreparedText, prepare } from './text';

const HEADING_WORDS = LEXICONS.flatMap((l) => l.structure?.questionsHeading ?? []);
const HEADING = HEADING_WORDS.length === 0 ? undefined : new RegExp(`^(?:${compilePatterns(HEADING_WORDS, 'structure.questionsHeading').source})$`, 'u');
/** A heading's marks around its words: Markdown's "#", "**", a colon after it, an emoji or a number before it. */
const HEADING_MARKS = /^[\s#*_>\p{Extended_Pictographic}\d.)]*|[\s*_:：]*$/gu;
/** An item of a list: a bullet or a number opening its line. */
const ITEM = /^\s*(?:[-–—•*·▪◦‣]|\d{1,2}[.)、．])\s*\S/u;
/** An item's line that goes on under it: indented. */
const INDENTED = /^[ \t]+\S/u;
const ASKS = /[?？]\s*$/u;

/** Whether a line is a heading of questions and nothing else. */
function heading(line: string): boolean {
  if (HEADING === undefined) return false;
  const words = line.replace(HEADING_MARKS, '');
  if (words.length === 0 || words.length > 40) return false;
  return HEADING.test(prepare(words).text.replace(/[\s,.;]+$/u, ''));
}

/** Drops what the items under a heading of questions name in the sentence each item's last question mark ends. */
export function questionsHeadings(text: string, prepared: PreparedText, mentions: StructuredMention[]): void {
  if (HEADING === undefined || mentions.length === 0 || !text.includes('\n')) return;
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    if (!heading(lines[i]!)) continue;
    let k = i + 1;
    while (k < lines.length && lines[k]!.trim() === '') k++;
    for (; k < lines.length; k++) {
      const line = lines[k]!;
      if (!(ITEM.test(line) || INDENTED.test(line) || ASKS.test(line))) break;
      const mark = Math.max(line.lastIndexOf('?'), line.lastIndexOf('？'));
      // The question is the sentence its mark ends: a statement before it in the item still states.
      const stop = mark < 0 ? -1 : Math.max(...['. ', '! ', '。', '！'].map((p) => line.lastIndexOf(p, mark)));
      const [from, to] = [starts[k]! + (stop < 0 ? 0 : stop + 1), starts[k]! + (mark < 0 ? line.length : mark + 1)];
      const asked = mentions.filter((m) => {
        const origin = prepared.origin[m.start];
        return m.question !== undefined && origin !== undefined && origin >= from && origin < to;
      });
      const choice = (m: StructuredMention): boolean => asked.some((n) => n.question === m.question && n.option !== m.option);
      for (const m of asked) if (!choice(m)) [m.question, m.implies] = [undefined, []];
    }
    i = k - 1;
  }
}
