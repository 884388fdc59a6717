// An agenda's or a question list's item answered as still open: "2. Do they want to move billing
// to us? → Not decided, open item", «2. Нужен ли перенос? — Вопрос открыт», "2. 是否转移账单？→
// 未定，待讨论", "2. Vão transferir? → Em aberto", "2. Áthozzuk? → Nyitott". The question was asked
// and not answered, so what it names states nothing: its words are no answer, and a choice it
// offers between two values of one question ("EA or Open? → TBD") stays, to be asked. The
// answer must open with the words of an open item (`structure.itemOpen`), right after the
// question's mark and an arrow, a dash or a colon, on the question's own line, the question its line's first sentence (after an item's number).
// A statement joined before the question by a semicolon or a spaced dash is no part of it, and keeps its answers.
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { questionsHeadings } from './questionsHeading';
import { untickedDoubts } from './untickedField';
import { blankFieldTitles } from './blankField';
import { StructuredMention } from './structure';
import { PreparedText, prepare } from './text';

const OPEN = compilePatterns(
  LEXICONS.flatMap((l) => l.structure?.itemOpen ?? []),
  'structure.itemOpen',
  'u',
);
/** The open item's words opening the answer, and nothing of the answer after them but its punctuation or more words after a comma. */
const OPEN_ANSWER = new RegExp(`^(?:${OPEN.source})(?= ?[,.;!:]|$)`, 'u');
/** A question's mark, then what opens its answer on the same line: an arrow, a dash or a colon (or only a space). */
const ANSWER_OPENS = /[?？][ \t]*(?:(?:→|->|=>|[-–—:：>])+[ \t]*)?/gu;
/** An item's number or bullet opening its line ("2.", "Q7:", "3)", "-"). */
const ITEM_MARK = /^[ \t]*(?:[-–•*·][ \t]*)?(?:\(?[A-Za-z]{0,2}\d{1,3}[.)．、:：][ \t]*)?/u;
/** What ends a sentence: the question must be its line's first, an item of its own, not a question inside prose. */
const SENTENCE_END = /[.!?。！？]/u;
/** A statement joined to the question on its line ("on an EA; should we take over billing?", "… – should we …?"): it stays. */
const JOINED = /[;；]|[ \t][–—-][ \t]/gu;

/** Where the question begins in its line: after its item's mark and after any statement joined before it. */
function questionStart(line: string, mark: number): number {
  const start = ITEM_MARK.exec(line)![0].length;
  let after = start;
  for (const j of line.slice(start, mark).matchAll(JOINED)) after = start + j.index + j[0].length;
  return after;
}

/** Drops what each question answered as still open names, from its line's start to the end of its answer's open words. */
export function openItems(text: string, prepared: PreparedText, mentions: StructuredMention[]): void {
  if (mentions.length === 0) return;
  // The items under a heading of questions ask as such a question does (questionsHeading.ts).
  questionsHeadings(text, prepared, mentions);
  // A doubted value on an unticked box's line states nothing either (untickedField.ts).
  untickedDoubts(text, prepared, mentions, (line) => OPEN.test(prepare(line).text));
  // A form's title names no answer its blank field leaves open (blankField.ts).
  blankFieldTitles(text, prepared, mentions, (value) => OPEN_ANSWER.test(value));
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const mark of line.matchAll(ANSWER_OPENS)) {
      if (SENTENCE_END.test(line.slice(ITEM_MARK.exec(line)![0].length, mark.index))) continue;
      const answer = prepare(line.slice(mark.index + mark[0].length)).text;
      if (!OPEN_ANSWER.test(answer)) continue;
      const [from, to] = [lineStart + questionStart(line, mark.index), lineStart + mark.index];
      const asked = mentions.filter((m) => {
        const at = prepared.origin[m.start];
        return m.question !== undefined && at !== undefined && at >= from && at <= to;
      });
      // Two values of one question asked between ("EA or Open?") are a choice still open: they stay, to be asked.
      const choice = (m: StructuredMention): boolean => asked.some((n) => n.question === m.question && n.option !== m.option);
      for (const m of asked) if (!choice(m)) [m.question, m.implies] = [undefined, []];
    }
    lineStart += line.length + 1;
  }
}
