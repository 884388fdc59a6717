// One line of a pasted transcript or chat log: whether it opens a turn, and whose. The shapes are
// the apps' own (Teams, WhatsApp, a call tool's export, a hand-typed "Agent:"), so they are found
// apart from the reading of the turns in transcript.ts.
import { compilePatterns, fold } from './compile';
import { LEXICONS } from './lexicon';

const PERSONS = LEXICONS.flatMap((l) => l.transcript?.persons ?? []);

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?`;
export const STAMPED = new RegExp(String.raw`^\s*${TIME}\s*[-–—]\s*`, 'iu');
/**
 * A turn line: an optional time ("[10:02]", "(10:02:31)", "10:02 AM", "[11/24 15:20]"), then the
 * speaker's name (at most 40 characters, no question mark, comma or end of a sentence but a title's: "Dr."),
 * perhaps a bracket after it that may hold commas and a time ("Ügyfél (Dr. Horváth, 15:20)") or the time
 * alone ("Kim (2:15 PM)") or after a comma, as a task's comments ("Катя (стажёр), 10:15:"), or after a space, as a chat app
 * copies its lines ("赵敏 14:04：…"), then a colon. Groups: time, name, time, time, time, words.
 */
const TURN = new RegExp(
  String.raw`^\s*(?:[[(【]([^\]\)】\p{L}]*\d{1,2}[:.]\d{2}[^\]\)】\p{L}]*(?:[ap]\.?m\.?)?)[\])】]|(${TIME}))?\s*[-–—]?\s*((?:(?:dr|mr|mrs|ms|prof)\.\s)?(?:(?![.。]\s)[^:：\n?？,;!，；！。\d])(?:(?![.。]\s)[^:：\n?？,;!，；！。]){0,39}?(?:\s*[(（](?!${TIME}[)）])(?:[^)）:：\n?？]|\d[:：]\d){1,60}[)）])?)(?:\s*[(（](${TIME})[)）]|\s*,\s*(${TIME})|\s+(${TIME}))?\s*[:：]\s*(.*)$`,
  'iu',
);
/** A person's name in full, two or three capitalised words, perhaps after the app's name in brackets ("[Teams] Ben Harper"). */
const PERSON = /^(?:\[[^\]\d]*\]\s*)?\p{Lu}[\p{Ll}'.-]+(?:\s+\p{Lu}[\p{Ll}'.-]*){1,2}$/u;
/** A person's first name alone ("Аня", "Mike"): one capitalised word. */
const FIRST = /^\p{Lu}\p{Ll}{1,15}$/u;
/** A name no capitals tell, as a lexicon writes it whole ("小安", "阿强"). */
const PERSON_WORD = new RegExp(`^(?:${compilePatterns(PERSONS, 'transcript.persons', 'u').source})$`, 'u');
/** A label's field, not a speaker: a name of two to five capitalised words, then a stop and more ("Customer: Alder Creek Dental. Their …"). */
export const FIELD = /^\p{Lu}[\p{L}'&.-]*(?:\s+\p{Lu}[\p{L}'&-]*){1,4}\s*[.;,]\s+\S/u;
const TIME_FIRST = new RegExp(String.raw`^\s*[[(](${TIME})[\])]\s*(\p{Lu}[\p{L}\p{M} .'-]{1,39}?)\s*$`, 'iu');
/** A reply's arrow opening a line: the quoted older message follows. */
export const REPLY = /^\s*[↳↪⤷]\s*/u;
/** A line that is all one bracket above the turns ("[Licensing Q&A forum]") is the paste's title, no note of the case. */
export const TITLE = /^\s*\[[^\]]*\]\s*$/u;
/** A line with only a name and a time, the words on the lines below ("Juliana (Contoso)  15:40", «Иван Петров, [14:02]»). */
// Its time may say "PM" in capitals, as Teams shows it ("Tom Becker  2:41 PM"): the name's capitals keep the pattern case-sensitive.
const HEAD_TIME = TIME.replace('[ap]\\.?m\\.?', '[aApP]\\.?[mM]\\.?');
const HEAD = new RegExp(String.raw`^\s*([\p{Lu}\p{Lo}][\p{L}\p{M} .'()（）-]{0,39}?)\s*,?\s*[[(]?(${HEAD_TIME})[\])]?\s*$`, 'u');

export interface Line {
  line: string;
  turn?: { time?: string; name: string; text: string; person?: boolean; first?: boolean };
}

/** A line's turn, if it opens one ("Kovács Péter  14:02" is a name and a time, not "Kovács Péter  14" saying "02"; "- Ügyfél: …" is a list's field). */
export function parse(line: string): Line {
  const body = line.trim().replace(/\s+/gu, ' '); // one space for a run: the patterns would try every split of a long run among their optional spaces
  const h = HEAD.exec(body);
  if (h !== null) return { line, turn: { time: h[2]!, name: fold(h[1]!), text: '' } };
  // The time first, as Teams copies a chat ("[10:02 AM] Priya Natarajan"): a person's name in full.
  const f = TIME_FIRST.exec(body);
  if (f !== null && PERSON.test(f[2]!)) return { line, turn: { time: f[1]!, name: fold(f[2]!), text: '' } };
  const t = /^[-*•]\s/u.test(body) ? null : TURN.exec(body);
  return t === null
    ? { line }
    : {
        line,
        turn: {
          time: t[1] ?? t[2] ?? t[4] ?? t[5] ?? t[6],
          name: fold(t[3]!),
          text: t[7]!,
          person: PERSON.test(t[3]!) || PERSON_WORD.test(fold(t[3]!).trim()),
          first: FIRST.test(t[3]!),
        },
      };
}
