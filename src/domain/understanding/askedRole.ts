// A question after the writer's own sentences that puts two roles to the reader as its predicate
// ("are you a distributor or a reseller?", «вы же поставщик или партнер?", "你们是分销商还是经销商？",
// "vocês são distribuidor ou revenda?", "önök disztribútorok vagy viszonteladók?") asks the
// reader's role: it states none, so neither role is read and no conflict is opened. Only "you"
// with nothing but a copula, an article or a particle before the first role counts: "you" as the
// subject of another verb ("could you check whether it is T1 or T2?") asks about some role, which
// stays asked; so does a question opening the message (answered below) and one naming "we".
// One role asked the same way ("you're a T1, right?", «вы ведь дистрибьютор?», "你们是一级合作伙伴吗？")
// is a yes-or-no question: it states nothing either, when at most a tag word follows the role and
// no other role is read in the message (a customer naming its seller's role keeps the conflict).
import type { CompiledLexicon } from './compile';
import { Span, StructuredMention, matches } from './structure';
import { structureWords } from './structureLists';
import { sentenceOf, units } from './text';

// "You" and the words that may stand between it and the first role, and between the two roles
// around "or": the lexicons' `structure.readerYou` and `predicateFiller`.
const YOU = structureWords('readerYou').source;
const FILLER = structureWords('predicateFiller').source;
const PREDICATE = new RegExp(`(^|[^a-zа-я])${YOU}( ?${FILLER})* ?$`, 'u');
const BETWEEN = new RegExp(`^ ?(${FILLER} ?)*OR( ?${FILLER})* ?$`, 'u');
/** The most words after a single role asked of the reader: a noun and a tag ("partner, right"). */
const TAG_UNITS = 2;

/** Drops the partner's roles offered as a choice in a question put to the reader. */
export function rolesAskedOfReader(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const roles = mentions.filter((m) => m.question === 'partnerType' && !m.negated);
  const words = (key: 'seller' | 'or' | 'self', from = 0, to = text.length): Span[] => lexicons.flatMap((l) => matches(l[key], text, from, to));
  // A seller word no lexicon entry reads ("reseller" alone) is still one of the roles offered.
  const bare = roles.length ? words('seller').filter((s) => !mentions.some((m) => m.start < s.end && m.end > s.start)) : [];
  for (const m of roles) {
    const { start, end } = sentenceOf(text, m.start, m.end);
    const inside = (s: Span): boolean => s.start >= start && s.end <= end;
    const offered = [...roles, ...bare].filter(inside).sort((a, b) => a.start - b.start);
    if (offered.length > 2 || text[end] !== '?' || !text.slice(0, start).trim() || words('self', start, end).length) continue;
    const [first, second = first] = offered;
    const or = words('or', first.end, second.start);
    const alone = mentions.filter((x) => x.question === 'partnerType').every(inside);
    const tagOnly = second === first && alone && units(text.slice(first.end, end).replace(/[^\p{L}\d]+/gu, ' ')) <= TAG_UNITS;
    const choice = or.length === 1 && BETWEEN.test(text.slice(first.end, second.start).replace(text.slice(or[0].start, or[0].end), 'OR'));
    if (!PREDICATE.test(text.slice(start, first.start)) || !(tagOnly || choice)) continue;
    for (const r of roles.filter(inside)) r.question = undefined;
  }
}
