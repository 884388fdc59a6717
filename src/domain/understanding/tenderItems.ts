// A tender's or questionnaire's items, each followed by the bidder's answer on a line of its own
// ("Bidder response: …", "Ajánlattevő válasza: …", "应答：…"): an item's own words are the buyer's
// requirement ("a support hotline 8–17 on workdays"), not what the partner is asked to do for the
// customer, so a goal word in them states no goal; the answer under it still does. The labels are
// the lexicons' `structure.bidAnswer`. Scorecard criteria (scorecard.ts) are read here too.
import { scorecardCriteria } from './scorecard';
import { StructuredMention, matches } from './structure';
import { PreparedText, prepare } from './text';
import { structureWords } from './structureLists';

const LABEL = structureWords('bidAnswer');
/** Before a label on its line: indentation, a bullet or a dash. */
const LINE_START = /^[\s\-–—*•>]*$/u;
/** After a label: a colon. */
const COLON = /^\s*[:：]/u;
/** A line whose first words end at a colon (the folded text writes it as a comma). */
const LABELLED = /^[\s\-–—*•>]*[^:：\n]{1,30}[:：]/u;

/** A tender's item by its numbering alone ("4.1", "2)"). */
const NUMBERED = /^[\s\-–—*•>]*\d+(\.\d+)*[.)]?\s/u;
/** A tender's item by its label and number at the line's head ("Q12", «пункт 3», "第 2 条"). */
const ITEM_LABEL = structureWords('tenderItemLabel');
/** A requirement in its own words, anywhere on the item's line ("shall", «требование», "要求"). */
const REQUIREMENT = structureWords('tenderRequirement');
/** A request line that says what the customer wants: its words are the case's, not a buyer's requirement. */
const WANTS = structureWords('caseWants');

/** Whether a line is a tender's item: numbered, labelled at its head, or a requirement in words. */
function isItem(line: string): boolean {
  if (NUMBERED.test(line)) return true;
  const folded = prepare(line).text;
  return matches(ITEM_LABEL, folded).some((s) => LINE_START.test(folded.slice(0, s.start))) || matches(REQUIREMENT, folded).length > 0;
}

/** Whether a line says what the customer wants. */
const wants = (line: string): boolean => matches(WANTS, prepare(line).text).length > 0;

/** The nearest non-blank line above line `at`, or -1. */
function above(lines: readonly string[], at: number): number {
  let line = at - 1;
  while (line >= 0 && lines[line]!.trim() === '') line--;
  return line;
}

/** Whether the answers make a tender: two item/answer pairs or more, or an item that is a requirement. */
function tenderShape(lines: readonly string[], answers: readonly number[]): boolean {
  const items = answers.map((a) => above(lines, a)).filter((i) => i >= 0 && !wants(lines[i]!));
  return items.length >= 2 || items.some((i) => isItem(lines[i]!));
}

/** Whether the line above line `at` (past blank ones) asks a question: the answer then picks from its words. */
function asked(lines: readonly string[], at: number): boolean {
  let above = at - 1;
  while (above >= 0 && lines[above]!.trim() === '') above--;
  return above >= 0 && /[?？]\s*$/u.test(lines[above]!);
}

/** The index of the line each character of `text` is on, and where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], at: number): number {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= at) line++;
  return line;
}

/** Drops the goal words of the items an answer line follows; then the scorecard's criteria. */
export function criteriaAndRequirements(text: string, prepared: PreparedText, mentions: StructuredMention[]): void {
  scorecardCriteria(text, prepared, mentions);
  if (!mentions.some((m) => m.question === 'goal')) return;
  const starts = lineStarts(text);
  const answers = new Set<number>();
  for (const found of matches(LABEL, prepared.text)) {
    const from = prepared.origin[found.start];
    const last = prepared.origin[found.end - 1];
    if (from === undefined || last === undefined) continue;
    const line = lineOf(starts, from);
    if (LINE_START.test(text.slice(starts[line], from)) && COLON.test(text.slice(last + 1))) answers.add(line);
  }
  if (answers.size === 0) return;
  const lines = text.split('\n');
  if (!tenderShape(lines, [...answers])) return;
  for (const m of mentions) {
    const from = prepared.origin[m.start];
    if (m.question !== 'goal' || from === undefined) continue;
    const line = lineOf(starts, from);
    if (answers.has(line)) continue;
    let next = line + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    if (answers.has(next) && !asked(lines, next) && !wants(lines[line]!)) [m.question, m.implies] = [undefined, []];
  }
}

/** Whether two lines or more open with a bid's answer label: a tender's answers, not a call's turns (transcript.ts). */
export function bidAnswered(text: string): boolean {
  const found: number[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (asked(lines, i)) continue;
    const folded = prepare(line).text;
    const labelled = LABELLED.test(line) && matches(LABEL, folded).some((s) => LINE_START.test(folded.slice(0, s.start)) && /^\s*,/u.test(folded.slice(s.end)));
    if (labelled) found.push(i);
  }
  return found.length >= 2 && tenderShape(lines, found);
}
