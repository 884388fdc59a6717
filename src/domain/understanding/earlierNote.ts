// A later note correcting or confirming an earlier one: a hand-over's "Night shift wrote they want
// to move - corrected after today's call: support only", "old note says Open. Corrected after
// talking to the CFO: …", "Prior shift tagged this 21Vianet. Wrong - checked the tenant: global",
// "Someone put 'GCC' in the CRM, but nah, commercial". The words that report what an earlier note,
// shift or record said (`structure.earlierNote`) make the values after them, up to the end of
// their sentence, a contrast's "but" or a correction mark, the earlier note's: background, an
// answer only when nothing else in the message answers that question (so a note only confirmed,
// "old note says Open - confirmed with the CFO", still answers Open).
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { Span, StructuredMention, matches } from './structure';
import { sentenceOf } from './text';
import { structureWords } from './structureLists';

/**
 * Each language's words for an earlier note, with its contrast words ("but", «но», "但是", "mas",
 * "de") that end the note's words inside one sentence ("…in the CRM, but nah"): a contrast is read
 * in the note's own language, as Portuguese "de" (of) is no Hungarian "de" (but).
 */
const NOTES = LEXICONS.flatMap((l) => {
  const words = l.structure?.earlierNote ?? [];
  const but = l.negation?.doubtContrast ?? [];
  if (words.length === 0) return [];
  return [
    {
      earlier: compilePatterns(words, `${l.language} structure.earlierNote`),
      contrast: but.length > 0 ? compilePatterns(but, `${l.language} negation.doubtContrast`) : undefined,
    },
  ];
});

export function earlierNotes(text: string, mentions: StructuredMention[], corrections: readonly Span[]): void {
  for (const { earlier, contrast } of NOTES)
    for (const e of matches(earlier, text)) {
      let end = Math.min(sentenceOf(text, e.end).end, text.indexOf(' ; ', e.end) < 0 ? text.length : text.indexOf(' ; ', e.end));
      const but = contrast === undefined ? undefined : matches(contrast, text, e.end, end)[0];
      if (but !== undefined) end = but.start;
      for (const c of corrections) if (c.start >= e.end && c.start < end) end = c.start;
      for (const m of mentions) if (m.question !== undefined && m.start >= e.end && m.end <= end) m.background = true;
    }
}

const UNKNOWN = structureWords('stillUnknown');

/**
 * A hand-over's list of what is not known yet, under a label with its colon ("unknown: any Azure? /
 * GA contact", "Open: exact number of seats", «Неизвестно: …», "待确认：…"): what it names up to the
 * end of its line is asked about, not stated, and the label itself ("Open") is no channel.
 */
export function stillUnknown(text: string, mentions: StructuredMention[], colonAfter: (end: number) => boolean): void {
  for (const u of matches(UNKNOWN, text)) {
    if (!colonAfter(u.end)) continue;
    const stop = text.indexOf(' . ', u.end);
    const end = stop < 0 ? text.length : stop;
    const inLine = mentions.filter((m) => m.question !== undefined && m.end > u.start && m.start < end);
    // Two values of one question there are a choice still open ("GCC or commercial?"): they stay, to be asked.
    const choice = (m: StructuredMention): boolean => inLine.some((n) => n.question === m.question && n.option !== m.option && n.start >= u.end);
    for (const m of inLine) {
      if (m.start >= u.end && choice(m)) continue;
      m.question = undefined;
      m.implies = [];
    }
  }
}
