// A customer's governance records: CAB/RFC/CHG lines and committee or board minutes, each item
// with a status. An item REJECTED or DEFERRED ("CHG-1881: move billing … - REJECTED", «2. Azure —
// отложено», "议题四：Azure 迁移——暂缓", "2. Azure – ELHALASZTVA") is a proposal that did not
// carry: it states no goal, and its product and channel are background (they answer only what no
// carried item does), so "move billing – REJECTED; support – APPROVED" reads support, and a
// deferred item on another product does not make the service a conflict. An item "not discussed"
// ("3. Microsoft 365 – nem tárgyalták") states nothing. The status words are the lexicons'
// `structure.itemShelved` and `structure.itemNotTaken`; a word is a status after a dash or written
// in capitals. In prose, a decision put off or a change rejected ("the board deferred the decision
// on changing partner", «отложил вопрос о смене партнёра», "驳回了…的变更": `structure.shelvedPhrase`)
// states no goal for the words it covers.
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { StructuredMention, matches } from './structure';
import { PreparedText } from './text';

const words = (key: 'itemShelved' | 'itemNotTaken' | 'shelvedPhrase'): RegExp =>
  compilePatterns(
    LEXICONS.flatMap((l) => l.structure?.[key] ?? []),
    `structure.${key}`,
  );
const [SHELVED, NOT_TAKEN, SHELVED_PHRASE] = [words('itemShelved'), words('itemNotTaken'), words('shelvedPhrase')];

/** Before the status: a dash after some of the item's words. */
const DASH_BEFORE = /\S\s*[-–—]+\s*$/u;
/** The status as written: four capitals or more. */
const CAPITALS = /^\p{Lu}{4,}/u;
/** What ends an item: a line break, or a semicolon between two items on one line. */
const ITEM_END = /[\n;；]/u;

/** The item (start and end in the original text) a status word at `at` closes, if it stands as a status. */
function itemOf(text: string, at: number): { start: number; end: number } | undefined {
  let start = at;
  while (start > 0 && !ITEM_END.test(text[start - 1]!)) start--;
  if (!DASH_BEFORE.test(text.slice(start, at)) && !CAPITALS.test(text.slice(at))) return undefined;
  let end = at;
  while (end < text.length && !ITEM_END.test(text[end]!)) end++;
  return { start, end };
}

/** Reads the status of each item of a governance record, and the decisions put off in prose. */
export function governanceItems(text: string, prepared: PreparedText, mentions: StructuredMention[]): void {
  if (mentions.length === 0) return;
  for (const [regex, dropAll] of [
    [SHELVED, false],
    [NOT_TAKEN, true],
  ] as const) {
    for (const found of matches(regex, prepared.text)) {
      const at = prepared.origin[found.start];
      const item = at === undefined ? undefined : itemOf(text, at);
      if (item === undefined) continue;
      for (const m of mentions) {
        const from = prepared.origin[m.start];
        if (m.question === undefined || from === undefined || from < item.start || from >= item.end) continue;
        if (dropAll || m.question === 'goal') [m.question, m.implies] = [undefined, []];
        else m.background = true;
      }
    }
  }
  // The goal a decision put off names is that proposal's, also where it is named again after ("… переход не ранее Q3").
  for (const s of matches(SHELVED_PHRASE, prepared.text)) {
    const put = new Set(mentions.filter((m) => m.question === 'goal' && m.start >= s.start && m.end <= s.end).map((m) => m.option));
    for (const m of mentions) if (m.question === 'goal' && m.start >= s.start && put.has(m.option)) [m.question, m.implies] = [undefined, []];
  }
}
