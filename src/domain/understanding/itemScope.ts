// The one item of a listed few a message's case is about: "A) … B) … C) … Ez a jegy csak az A
// tenantról szól", "1) … 2) … A mai egyeztetés csak az 1. pontról szól", "1）… 2）… 本工单只处理第 1 个". Each
// item says how that tenant or company bought; only the named item answers. The words naming it
// are the lexicons' `structure.aboutPlace` (a place or an item the case is about), here those
// whose first word is an item's key: a number or a single letter.
import { Span, StructuredMention, matches } from './structure';
import { structureWords } from './structureLists';

const ABOUT = structureWords('aboutPlace');
/** An item's key where it starts, after the stop its line break left ("1 .", "a ." once folded: "1)", "A)"), or opens the words naming it ("az 1. pontról"). */
const ITEM_KEY = /^[ .,]*([0-9]{1,2}|[a-z]) [.,]/u;
const ABOUT_KEY = /^([0-9]{1,2}|[a-z])(?![0-9a-z])/u;

/**
 * When the message names one item of its list as the case's and its list has two items or more,
 * what the other items say (up to their line's end) loses its question, as another case's words
 * do; words outside the list still speak of the case. `asides` gives the list items (and brackets).
 */
export function itemScope(text: string, mentions: StructuredMention[], asides: () => readonly Span[]): void {
  const named = new Set(matches(ABOUT, text).flatMap((s) => ABOUT_KEY.exec(text.slice(s.start))?.[1] ?? []));
  if (named.size !== 1) return;
  const items = asides().flatMap((s) => {
    const key = ITEM_KEY.exec(text.slice(s.start, s.end))?.[1];
    return key === undefined ? [] : [{ ...s, key }];
  });
  if (items.length < 2 || !items.some((i) => named.has(i.key))) return;
  for (const i of items) {
    if (named.has(i.key)) continue;
    for (const m of mentions) {
      if (m.question === undefined || m.start < i.start || m.end > i.end) continue;
      m.question = undefined;
      m.implies = [];
    }
    // The item itself blocks, as another case's phrase does: a seller in it said not to be a CSP
    // ("Azure egy osztrák tárhelycégtől (nem CSP)") is read later, and is that item's.
    const block = { question: undefined, option: '', implies: [], start: i.start, end: i.end, negated: false, hedged: false, epoch: 0 };
    mentions.push(block);
  }
  mentions.sort((a, b) => a.start - b.start);
}
