// "Tier 2" beside the reseller's words: which of the two indirect roles the partner has.
import { CompiledLexicon } from './compile';
import { StructuredMention, matches } from './structure';

/** "Tier 2" (or T2) said alone: the tier both indirect roles share. */
const TIER_TWO = /^(t|т|tier ?)2$/;
/** What may stand between it and the reseller: a comma, an article, the Hungarian "-es" ("or" may not). */
const TIER_GAP = /^ ?(, )?((a|an|um|uma|es|as|os) )?$/;

/**
 * "Tier 2" beside a reseller's name in the same statement ("we're Tier 2, a reseller", "T2-es
 * viszonteladó", "tier 2 revenda indireta") says which of the two indirect roles: the reseller,
 * one answer and no conflict ("T2 or a reseller", unsure, stays a question). So does a reseller
 * anywhere else in the message ("we're the T2, our disti orders"): a partner with a supplier above it
 * is no distributor.
 */
export function refineTier(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[] = []): void {
  const roles = mentions.filter((m) => m.question === 'partnerType' && !m.negated);
  const ors = lexicons.flatMap((l) => matches(l.or, text));
  for (const t of roles) {
    if (t.option !== 'indirectProvider' || !TIER_TWO.test(text.slice(t.start, t.end))) continue;
    const reseller = roles.find((r) => {
      if (r.option !== 'indirectReseller') return false;
      const [from, to] = r.start >= t.end ? [t.end, r.start] : [r.end, t.start];
      // With the words for "or" known: anywhere in the message, unless offered as another option ("T2, or a reseller?").
      return TIER_GAP.test(text.slice(from, to)) || (lexicons.length > 0 && !ors.some((o) => o.start >= from && o.end <= to));
    });
    if (reseller !== undefined) [t.question, t.implies] = [undefined, []];
    // The reseller's bare word right after it, closing the clause ("T2, a reseller.", "T2经销商，")
    // is the role's own name; "T2, resellers under us…" names others.
    else if (
      lexicons.some((l) => matches(l.reseller, text, t.end).some((w) => TIER_GAP.test(text.slice(t.end, w.start)) && /^ ?([,.?;:)]|$)/.test(text.slice(w.end))))
    )
      t.option = 'indirectReseller';
  }
}
