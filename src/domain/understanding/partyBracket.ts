// Call notes and letters give another party's role in brackets after its name: "előző partnere =
// Adatfelhő Zrt. (T1, direct bill)", "prev partner: Northwind Cloud (T1 / direct bill)", "Arrow
// (distributor)". The bracket is that party's, not the partner's own role: its role words become
// background (they answer only when nothing else does), unless the bracket or the words just
// before it name us ("Mi (viszonteladó)", "Us (reseller)", "Sirius Kft. (mi, direct bill)").
import { CompiledLexicon } from './compile';
import { StructuredMention, matches } from './structure';
import { PreparedText } from './text';

/** A name, its last word opening with a capital ("Zrt.", "Cloud"), then a bracket on the same line. */
const NAMED_BRACKET = /\p{Lu}[\p{L}\p{N}&.-]*[ \t]*[(（]([^()（）\n]{1,60})[)）]/gu;
/** How far before a bracket a word naming us still speaks of the bracket (characters of the message). */
const SELF_REACH = 12;

export function namedPartyBrackets(text: string, prepared: PreparedText, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  if (!mentions.some((m) => m.question === 'partnerType') || !/[(（]/u.test(text)) return;
  // The words naming us, where they stand in the message.
  const self = lexicons
    .flatMap((l) => matches(l.self, prepared.text))
    .map((s) => ({ start: prepared.origin[s.start] ?? -1, end: (prepared.origin[s.end - 1] ?? -2) + 1 }));
  for (const b of text.matchAll(NAMED_BRACKET)) {
    const [start, end] = [b.index, b.index + b[0].length];
    if (self.some((s) => s.end > start - SELF_REACH && s.start < end)) continue;
    for (const m of mentions) {
      const at = prepared.origin[m.start];
      if (m.question === 'partnerType' && at !== undefined && at > start + b[0].length - b[1]!.length - 2 && at < end) m.background = true;
    }
  }
}
