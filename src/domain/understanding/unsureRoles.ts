// A role the partner is unsure of ("we are a T2 or a distributor"): two words for its own role
// joined by "or" leave the role asked (split from parties.ts, which decides whose words a role is).
import { CompiledLexicon } from './compile';
import { Span, StructuredMention, matches, referenceAfter } from './structure';
import { overlaps, units } from './text';

/** The most units between two words for the partner's role joined by "or" ("T2 or a distributor"). */
const UNSURE_GAP = 4;

/** A role the partner is unsure of: a mention of it, and the other word it was offered with. */
export interface UnsureRole {
  mention: StructuredMention;
  words: [Span, Span];
}

/**
 * "We are a T2 or a distributor", "T2 or a reseller, not sure": two words for the partner's own
 * role joined by "or" (the `or` words: «или», "还是", "ou", "vagy") leave the role open, also
 * when both words give the same answer or only one of them is an answer ("reseller" alone): the
 * reader asks, naming both. Two different answers already make a conflict and are left alone. A
 * reference after them ("the first one", «второе», "后者") settles it: a mention it does not
 * keep loses its question. Call after the roles of other parties have lost theirs.
 */
export function unsureRoles(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): UnsureRole[] {
  const ors = lexicons.flatMap((l) => matches(l.or, text));
  if (ors.length === 0) return [];
  const roles = mentions.filter((m) => m.question === 'partnerType' && !m.negated);
  if (roles.length === 0) return [];
  const bare = lexicons.flatMap((l) => matches(l.seller, text)).filter((s) => !mentions.some((m) => overlaps(m, s)));
  const others = lexicons.flatMap((l) => matches(l.others, text));
  const resellers = lexicons.flatMap((l) => matches(l.reseller, text));
  const found: UnsureRole[] = [];
  for (const m of roles) {
    for (const w of [...roles, ...bare]) {
      const [a, b] = w.start >= m.end ? [m, w] : [w, m];
      if (w === m || b.start < a.end || roles.some((r) => r !== m && r === w && r.option !== m.option)) continue;
      const gap = text.slice(a.end, b.start);
      if (/[.?;:]/.test(gap) || units(gap) > UNSURE_GAP) continue;
      if (!ors.some((o) => o.start >= a.end && o.end <= b.start) || others.some((o) => o.start >= a.end && o.end <= b.start)) continue;
      if (found.some((f) => f.words.includes(a) && f.words.includes(b))) continue;
      const kept = referenceAfter(text, b.end, lexicons)?.kept;
      const chosen = kept === 'first' ? a : b;
      if (kept === undefined) found.push({ mention: m, words: [a, b] });
      else if (chosen !== m && bare.includes(chosen) && resellers.some((r) => r.start <= chosen.start && r.end >= chosen.end)) {
        // The bare word kept is a reseller: the partner's own role, said without "indirect".
        Object.assign(m, { option: 'indirectReseller', implies: [], start: chosen.start, end: chosen.end });
      } else if (chosen !== m) m.question = undefined;
    }
  }
  return found;
}
