// What "Tier 2" says of the partner's role (split from structure.ts, which decides the other
// structures of a message).
import { CompiledLexicon } from './compile';
import { StructuredMention, matches } from './structure';

/** "Tier 2" (or T2) said alone: the tier both indirect roles share. */
const TIER_TWO = /^(t|т|tier ?)2$/;
/** What may stand between it and the reseller's bare word: a comma, an article, the Hungarian "-es". */
const TIER_GAP = /^ ?(, )?((a|an|um|uma|es|as|os) )?$/;

/**
 * The reader's own option for a T2 said alone, never an answer: "Tier 2" names the two-tier model,
 * and both of its roles go by it, the distributor ("a Tier 2 distributor", the indirect provider)
 * and the reseller that buys from one ("a Tier 2 reseller"). Kept apart from both until the end, so
 * "T2 or a distributor – the second one" is a choice like any other; what is left of it is read as
 * both roles, and the partner is asked which (a guess is no answer).
 */
export const TIER_TWO_OPTION = 'tierTwo';

/** Marks each role the lexicons read from a bare "T2" or "Tier 2" with `TIER_TWO_OPTION`. */
export function markTierTwo(text: string, mentions: StructuredMention[]): void {
  for (const m of mentions)
    if (m.question === 'partnerType' && m.option === 'indirectProvider' && TIER_TWO.test(text.slice(m.start, m.end))) m.option = TIER_TWO_OPTION;
}

/**
 * A T2 beside the other word for one of the two roles says which, and adds nothing: "we're Tier 2,
 * a reseller", "T2-es viszonteladó", "we're the T2, our disti orders" (a partner with a supplier
 * above it is no distributor), "we're T2, a distributor". That word may stand anywhere in the
 * message, but not as another option ("T2, or a reseller?", unsure, stays a question).
 */
export function refineTier(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const roles = mentions.filter((m) => m.question === 'partnerType' && !m.negated);
  const ors = lexicons.flatMap((l) => matches(l.or, text));
  for (const t of roles) {
    if (t.option !== TIER_TWO_OPTION) continue;
    const which = roles.find((r) => {
      if (r.option !== 'indirectReseller' && r.option !== 'indirectProvider') return false;
      const [from, to] = r.start >= t.end ? [t.end, r.start] : [r.end, t.start];
      return !ors.some((o) => o.start >= from && o.end <= to);
    });
    if (which !== undefined) [t.question, t.implies] = [undefined, []];
    // The reseller's bare word right after it, closing the clause ("T2, a reseller.", "T2经销商，")
    // is the role's own name; "T2, resellers under us…" names others.
    else if (
      lexicons.some((l) =>
        matches(l.reseller, text, t.end).some(
          (w) =>
            TIER_GAP.test(text.slice(t.end, w.start)) &&
            /^ ?([,.?;:)]|$)/.test(text.slice(w.end)) &&
            !mentions.some((m) => m.negated && m.start <= w.start && m.end >= w.end),
        ),
      )
    )
      t.option = 'indirectReseller';
  }
}
