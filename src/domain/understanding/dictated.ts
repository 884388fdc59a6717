// Dictated and form-like text, rewritten into the plain written form the reader reads:
// - spoken punctuation ("… full stop scratch that comma …", «запятая», «точка», "逗号", "vírgula",
//   "ponto final", "vessző", "pont", "új sor") becomes the mark it names, so that the clauses and the
//   corrections it marks apply ("pont javítás kettőspont mégsem" is a correction like any other);
//   only in a message that dictates: a comma, colon or line word, and two spoken marks at least;
// - an IVR log's menu labels ("pressed 2 (new business)", «нажал 5 (перенос подписок)», "按 2（订阅转移）",
//   "pressionou 3 (transferência de licenças)") go: a menu the caller chose is no goal the caller stated;
// - a two-column Markdown table ("| Field | Value |", its rule line "|---|---|") becomes "Field: Value"
//   lines, a form the reader reads line by line, so that a note below it answers a cell's question
//   (a cell's "A / B?" asks as "A or B?");
// - a checklist's boxes ("☑", "[x]", "☐", "[ ]") go from its ticked lines, which then read as form lines.
import { compilePatterns, foldInPlace } from './compile';
import { LEXICONS } from './lexicon';

type SpokenKey = 'spokenComma' | 'spokenStop' | 'spokenColon' | 'spokenLine' | 'menuPressed';

const words = (key: SpokenKey): RegExp | undefined => {
  const patterns = LEXICONS.flatMap((l) => l.structure?.[key] ?? []);
  return patterns.length === 0 ? undefined : compilePatterns(patterns, `structure.${key}`, 'gu');
};
const MARKS: ReadonlyArray<{ regex: RegExp | undefined; mark: string; dictates: boolean }> = [
  { regex: words('spokenColon'), mark: ':', dictates: true },
  { regex: words('spokenComma'), mark: ',', dictates: true },
  { regex: words('spokenLine'), mark: '\n', dictates: true },
  { regex: words('spokenStop'), mark: '.', dictates: false },
];
const PRESSED = words('menuPressed');
/** A menu's number and its label in brackets ("2 (new business)", "5（订阅转移）"): the label goes. */
const MENU_LABEL = /(\d\s*)[(（][^()（）\n]{1,60}[)）]/gu;
/** A Markdown table's rule line ("|---|:--:|"). */
const RULE = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/u;
/** A row of exactly two cells between bars. */
const TWO_CELLS = /^\s*\|([^|\n]+)\|([^|\n]+)\|\s*$/u;
/** A ticked box at a line's start; an unticked one. */
const TICKED = /^(\s*)(?:[☑✅✔☒]|\[[xX✓]\])\s*/u;
const BOX_LINE = /^(\s*)(?:[☑✅✔☒☐□]|\[[xX✓ ]\])\s*/u;
const BOX = /(?:^|\n)\s*(?:[☑✅✔☒☐□]|\[[xX✓ ]\])/u;
/** A spaced dash after a label of a few words. */
const LABEL_DASH = /(?<=^[^—–\n]{2,60}?)\s+[—–-]{1,2}\s+/u;

export function dictatedText(text: string): string {
  return checklist(fieldTable(spokenPunctuation(menuLabels(text))));
}

function spokenPunctuation(text: string): string {
  const folded = foldInPlace(text);
  const found: Array<{ start: number; end: number; mark: string; dictates: boolean }> = [];
  for (const { regex, mark, dictates } of MARKS) {
    if (regex === undefined) continue;
    for (const m of folded.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, mark, dictates });
    }
  }
  if (found.length < 2 || !found.some((f) => f.dictates)) return text;
  found.sort((a, b) => b.start - a.start);
  let out = text;
  for (const f of found) out = `${out.slice(0, f.start).replace(/\s+$/u, '')}${f.mark}${f.mark === '\n' ? '' : ' '}${out.slice(f.end).replace(/^\s+/u, '')}`;
  return out;
}

function menuLabels(text: string): string {
  if (PRESSED === undefined) return text;
  const folded = foldInPlace(text).split('\n');
  return text
    .split('\n')
    .map((line, i) => {
      const pressed = [...folded[i]!.matchAll(PRESSED)].some((m) => /^\s*\d/u.test(folded[i]!.slice(m.index + m[0].length)));
      return pressed ? line.replace(MENU_LABEL, '$1') : line;
    })
    .join('\n');
}

function fieldTable(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const row = TWO_CELLS.exec(line);
    const ruled = (k: number): boolean => k >= 0 && k < lines.length && RULE.test(lines[k]!);
    const inTable = (k: number): boolean => k >= 0 && k < lines.length && (TWO_CELLS.test(lines[k]!) || RULE.test(lines[k]!));
    if (RULE.test(line) && inTable(i - 1)) continue;
    if (row === null || !(inTable(i - 1) || inTable(i + 1))) {
      out.push(line);
      continue;
    }
    // The header above the rule line names the columns, not a field.
    if (ruled(i + 1)) continue;
    out.push(`${row[1]!.trim()}: ${slashedQuestion(row[2]!.trim())}`);
  }
  return out.join('\n');
}

/**
 * A cell that asks between options parted by a slash ("运维 / 接管计费？", "suporte / transferência?")
 * offers them as "or" does (the folded text drops the slash); the joining word is one every
 * language's reading knows for its script.
 */
function slashedQuestion(cell: string): string {
  if (!/[?？]$/u.test(cell) || !/\s\/\s/u.test(cell)) return cell;
  const or = /\p{Script=Han}/u.test(cell) ? '或' : /\p{Script=Cyrillic}/u.test(cell) ? ' или ' : ' or ';
  return cell.replace(/\s+\/\s+/gu, or);
}

function checklist(text: string): string {
  if (!BOX.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const box = BOX_LINE.exec(line);
      if (box === null) return line;
      // A box's label before a dash is a field's ("☐ Which role do we sign up as — provider or reseller?").
      const rest = line.slice(box[0].length);
      const labelled = /[:：]/u.test(rest) ? rest : rest.replace(LABEL_DASH, ': ');
      return TICKED.test(line) ? `${box[1]!}${labelled}` : `${box[0]}${labelled}`;
    })
    .join('\n');
}
