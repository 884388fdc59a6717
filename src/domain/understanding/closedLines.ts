// A report or a log keeps its old entries beside the ones that replaced them, each on its own
// line: an audit finding "3. (VISSZAVONVA, helyette 3/A): …", "F-02 [SUPERSEDED by F-02R] …", a
// decision "D-4 … – FELÜLÍRVA (D-9)", «Р-03 … — ОТМЕНЕНО решением Р-09», an approval step
// "REJECTED – resubmitted". A line whose status word (the lexicons' `closedStatus`) stands as a
// status tells what was, not what is: its answers are background (they answer only what no line
// that holds does). A status is the word opening a bracket (or following the short label that opens
// it: "(v1, superseded)") or written in capitals (in Chinese,
// which has none, also after a dash); in running prose ("the licence expires in June", "– lejár
// 12.01-jén" in a renewal reminder) it is no status.
import { CompiledLexicon } from './compile';
import { StructuredMention, matches } from './structure';
import { PreparedText } from './text';

/** Before the word: an opening bracket; before a Chinese one, also a dash after some of the line's words. */
const STATUS_BEFORE = /[([（【]\s*$/u;
/** Or after the numbered label a bracket opens with and a comma: "(v1, superseded)", «(ред. 1, заменено)», "（第一版，已被取代）" (not "(Open Value, expires: March)"). */
const LABEL_BEFORE = /[([（【]\s*(?=[^()（）[\]【】\n,，:：]{1,12}[,，]\s*$)[^,，]*[0-9一二三四五六七八九十][^,，]*[,，]\s*$/u;
const DASH_BEFORE = /\S\s*[-–—]\s*$/u;
const CJK = /^\p{Script=Han}/u;
/** The word as written: four capitals or more (a status, not a word of the sentence). */
const CAPITALS = /^\p{Lu}{4,}/u;

/** Marks as background the mentions of each line whose status says it no longer holds. */
export function closedLines(text: string, prepared: PreparedText, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  if (!text.includes('\n') || mentions.length === 0) return;
  const lines: Array<{ start: number; end: number }> = [];
  for (const found of lexicons.flatMap((l) => matches(l.closedStatus, prepared.text))) {
    const at = prepared.origin[found.start];
    if (at === undefined) continue;
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    const before = text.slice(start, at);
    const after = text.slice(at, end);
    if (STATUS_BEFORE.test(before) || LABEL_BEFORE.test(before) || CAPITALS.test(after) || (CJK.test(after) && DASH_BEFORE.test(before)))
      lines.push({ start, end });
  }
  if (lines.length === 0) return;
  for (const m of mentions) {
    const at = prepared.origin[m.start];
    if (m.question !== undefined && at !== undefined && lines.some((l) => at >= l.start && at < l.end)) m.background = true;
  }
}
