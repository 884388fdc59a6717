// The one item of a numbered list a ticket is about: "1）A 租户 —— 世纪互联…\n2）B 租户 —— 国际版，EA\n
// 本工单只处理第 1 个", "1. Alpha: EA\n2. Beta: bought from Microsoft\nThis ticket is only about item 2".
// Each item speaks of its own tenant or company; when words restricting the ticket's scope
// (`structure.scopeItem`) name one item's number, the other items' answers are another case's.
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { StructuredMention, matches } from './structure';

const SCOPE_ITEM = compilePatterns(
  LEXICONS.flatMap((l) => l.structure?.scopeItem ?? []),
  'structure.scopeItem',
);
/** An item's number at a line's start, as the prepared text keeps it: "…, 1 . alpha", "…. 2 ,乙公司". */
const MARK = /(?<=^|[.,:;] ?)(\d{1,2}) [.,] ?/gu;
/** The number right after the scope's words ("第1个", "item 2"). */
const NUMBER = /^ ?(\d{1,2})(?!\d)/u;

/** Mentions in the numbered items the ticket is not about lose their question. */
export function listScope(text: string, mentions: StructuredMention[]): void {
  const refs = matches(SCOPE_ITEM, text).flatMap((s) => {
    const n = NUMBER.exec(text.slice(s.end));
    return n === null ? [] : [Number(n[1])];
  });
  if (refs.length === 0) return;
  // The items numbered 1, 2, 3… in order; a number out of that run is no item's.
  const items: { n: number; start: number; end: number }[] = [];
  for (const m of text.matchAll(MARK)) {
    if (Number(m[1]) !== items.length + 1) continue;
    const last = items[items.length - 1];
    if (last !== undefined) last.end = m.index;
    const stop = text.indexOf('.', m.index + m[0].length);
    items.push({ n: items.length + 1, start: m.index, end: stop < 0 ? text.length : stop });
  }
  const chosen = new Set(refs.filter((n) => n <= items.length));
  if (items.length < 2 || chosen.size === 0) return;
  for (const item of items) {
    if (chosen.has(item.n)) continue;
    for (const m of mentions) {
      if (m.start < item.start || m.end > item.end) continue;
      m.question = undefined;
      m.implies = [];
    }
  }
}
