// A wiki page or document pasted with its revision history, each line labelled with its revision
// ("rev 3 (P. Shah): corrected – …", "v5: … not US Gov like v4 said", «ред. 3: исправлено — …»,
// "第2版：…", "3. vált. (javítva): …"): the newest revision's value stands, whatever the order of
// the lines. An older revision's value is blanked (with spaces, so every other word keeps its
// place) where a newer revision answers the same question with another value, read on its own
// and only where that newer revision says it corrects ("corrected", «исправлено», "更正", "javítva",
// "corrigido"): a revision that only changes a value another one disputes, doubts it or adds a
// contact replaces nothing, and both values are asked.
import type { Answers } from '../questions';
import { compilePatterns, foldInPlace } from './compile';
import { LEXICONS } from './lexicon';
import type { Named } from './replacedValue';

const words = LEXICONS.flatMap((l) => l.structure?.revision ?? []);
const LABEL = words.length > 0 ? compilePatterns(words, 'structure.revision') : undefined;
const correctWords = LEXICONS.flatMap((l) => l.structure?.revisionCorrects ?? []);
const CORRECTS = correctWords.length > 0 ? compilePatterns(correctWords, 'structure.revisionCorrects') : undefined;
/** What may stand before a label on its line (a bullet, a quote mark) and between it and its colon (the editor, "corrected"). */
const LEAD = /^[\s>*•·\-–—]*/u;
const AFTER = /^\.?\s*(\([^()\n]{0,40}\))?\s*[:=—–-]/u;
const CHINESE_DIGITS = '一二三四五六七八九';

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

function revisionsOf(text: string): Revision[] {
  if (LABEL === undefined) return [];
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
      if (CORRECTS !== undefined) CORRECTS.lastIndex = 0;
      const corrects = CORRECTS !== undefined && CORRECTS.test(line.slice(lead + label![0].length));
      found.push({ number, start: lineStart + lead + label![0].length + after[0].length, end: lineStart + line.length, corrects });
    }
    lineStart += line.length + 1;
  }
  return found;
}

export function olderRevisions(text: string, valuesOf: (piece: string) => readonly Named[], answersOf: (piece: string) => Answers): string {
  const revisions = revisionsOf(text);
  if (new Set(revisions.map((r) => r.number)).size < 2) return text;
  const answers = revisions.map((r) => answersOf(text.slice(r.start, r.end)));
  const out = text.split('');
  revisions.forEach((older) => {
    const newer = answers.filter((_, j) => revisions[j]!.number > older.number && revisions[j]!.corrects);
    const replaced = valuesOf(text.slice(older.start, older.end)).filter((v) => newer.some((a) => a[v.question] !== undefined && a[v.question] !== v.option));
    if (replaced.length === 0) return;
    for (let k = older.start + Math.min(...replaced.map((r) => r.start)); k < older.end; k++) out[k] = ' ';
  });
  return out.join('');
}
