// A wiki page or document pasted with its revision history, each line labelled with its revision
// ("rev 3 (P. Shah): corrected – …", "v5: … not US Gov like v4 said", «ред. 3: исправлено — …»,
// "第2版：…", "3. vált. (javítva): …"): the newest revision's value stands, whatever the order of
// the lines. An older revision's value is blanked (with spaces, so every other word keeps its
// place) with the short words before it ("on an EA"), where a newer revision answers the same question
// with another value, read on its own and only where that newer revision says it corrects, in its label
// or its first clause ("(corrected)", "channel corrected,", «исправлено», "（更正）", "javítva", "corrigido"): a
// revision that only changes a value another one disputes, doubts it or adds a contact replaces
// nothing, and both values are asked. The older revision's other answers stand.
import type { Answers } from '../questions';
import { compilePatterns, foldInPlace } from './compile';
import { LEXICONS } from './lexicon';
import { namedQuestions } from './questionNames';
import type { Named } from './replacedValue';
import { matches } from './structure';

const words = LEXICONS.flatMap((l) => l.structure?.revision ?? []);
const LABEL = words.length > 0 ? compilePatterns(words, 'structure.revision') : undefined;
const correctWords = LEXICONS.flatMap((l) => l.structure?.revisionCorrects ?? []);
const CORRECTS = correctWords.length > 0 ? compilePatterns(correctWords, 'structure.revisionCorrects') : undefined;
/** What may stand before a label on its line (a bullet, a quote mark) and between it and its colon (the editor, "corrected"). */
const LEAD = /^[\s>*•·\-–—]*/u;
const AFTER = /^\.?\s*(\([^()\n]{0,40}\))?\s*[:=—–-]/u;
const CHINESE_DIGITS = '一二三四五六七八九';
/** Up to two short words right before a replaced value: its preposition and article ("on an", «на», "no", "az"). */
const ATTACHED = /(?:(?<![\p{L}\p{N}])[\p{L}]{1,3} ){1,2}$/u;
/** What ends a revision's first clause: a clause's mark or a dash between words. */
const FIRST_CLAUSE_END = /[.;；,，。!?！？:：\n]| [–—-] /u;
/** Blanks, dashes and quote marks before a revision's first word. */
const BEFORE_WORD = /^[\s–—\-"'«“„]*/u;

function revisionNumber(label: string): number | undefined {
  const digits = /[0-9]+/.exec(label);
  if (digits !== null) return Number(digits[0]);
  const chinese = /[一二三四五六七八九十]+/u.exec(label)?.[0];
  if (chinese === undefined) return undefined;
  if (chinese === '十') return 10;
  const [tens, ones] = chinese.includes('十') ? chinese.split('十') : ['', chinese];
  return (tens === '' ? (chinese.includes('十') ? 1 : 0) : CHINESE_DIGITS.indexOf(tens!) + 1) * 10 + (ones === '' ? 0 : CHINESE_DIGITS.indexOf(ones!) + 1);
}

interface Revision {
  number: number;
  /** Where the revision's text begins and ends, after its label and colon. */
  start: number;
  end: number;
  /** Whether it says it corrects an older revision ("corrected", «исправлено»): only such a one replaces. */
  corrects: boolean;
}

/**
 * A correcting word in the label's brackets ("rev 3 (corrected):") or in the revision's first clause, where it ends that
 * clause ("corrected – …", "channel corrected, …") or the clause names a question ("fixed the cloud, …"); a correcting
 * word with some other object is about something else ("v2: we fix their tickets", "v3: corrected invoice attached").
 */
function saysCorrects(label: string, body: string): boolean {
  if (CORRECTS === undefined) return false;
  CORRECTS.lastIndex = 0;
  if (CORRECTS.test(label)) return true;
  const first = BEFORE_WORD.exec(body)![0].length;
  const end = body.slice(first).search(FIRST_CLAUSE_END);
  const clause = end < 0 ? body.slice(first) : body.slice(first, first + end);
  if (namedQuestions(clause).length > 0) return matches(CORRECTS, clause).length > 0;
  return matches(CORRECTS, clause).some((c) => /^[\s)）]*$/u.test(clause.slice(c.end)));
}

function revisionsOf(text: string): Revision[] {
  // Revisions are lines: a message on one line has none, and costs no folding.
  if (LABEL === undefined || !text.includes('\n')) return [];
  const folded = foldInPlace(text);
  const found: Revision[] = [];
  let lineStart = 0;
  for (const line of folded.split('\n')) {
    const lead = LEAD.exec(line)![0].length;
    LABEL.lastIndex = 0;
    const label = LABEL.exec(line.slice(lead));
    const after = label !== null && label.index === 0 ? AFTER.exec(line.slice(lead + label[0].length)) : null;
    const number = label !== null ? revisionNumber(label[0]) : undefined;
    if (after !== null && number !== undefined && !/[0-9]/u.test(line.charAt(lead + label![0].length))) {
      const start = lead + label![0].length + after[0].length;
      found.push({ number, start: lineStart + start, end: lineStart + line.length, corrects: saysCorrects(after[0], line.slice(start)) });
    }
    lineStart += line.length + 1;
  }
  return found;
}

export function olderRevisions(text: string, valuesOf: (piece: string) => readonly Named[], answersOf: (piece: string) => Answers): string {
  const revisions = revisionsOf(text);
  const oldest = Math.min(...revisions.map((r) => r.number));
  // Only a correcting revision newer than another is read on its own: the others replace nothing.
  const correcting = revisions
    .filter((r) => r.corrects && r.number > oldest)
    .map((r) => ({ number: r.number, answers: answersOf(text.slice(r.start, r.end)) }));
  if (correcting.length === 0) return text;
  const out = text.split('');
  for (const older of revisions) {
    const newer = correcting.filter((c) => c.number > older.number).map((c) => c.answers);
    if (newer.length === 0) continue;
    const piece = text.slice(older.start, older.end);
    for (const v of valuesOf(piece)) {
      if (!newer.some((a) => a[v.question] !== undefined && a[v.question] !== v.option)) continue;
      // The value's words and the short words attached before it ("on an EA", «на EA»), not the rest of its clause.
      const attached = ATTACHED.exec(piece.slice(0, v.start))?.[0].length ?? 0;
      for (let k = older.start + v.start - attached; k < older.start + v.end; k++) out[k] = ' ';
    }
  }
  return out.join('');
}
