// A carrier's or a shop's bundle whose seller is only maybe a CSP ("the telco may or may not be a
// CSP, we have to check", «оператор вроде бы не CSP, но, может, и CSP», "运营商可能是 CSP"): the
// channel is left open between a third party's sale and another CSP partner's, and is asked.
import { clauseOf } from './clause';
import { CompiledLexicon } from './compile';
import { StructuredMention, matches } from './structure';
import { sentenceOf, units } from './text';
import { structureWords } from './structureLists';

const CSP = /(?<![a-z0-9а-я])csp(?![a-z0-9а-я])/gu;
/** A syndication named as such ("syndication partner", «синдикация», "联合伙伴") is no bundle whose seller is in doubt or denied. */
const NAMED_SYNDICATION = structureWords('syndicationNamed');
/** Whether the text between two points names a syndication as such (the lexicons' `structure.syndicationNamed`). */
export const namedSyndication = (text: string, from: number, to: number): boolean => matches(NAMED_SYNDICATION, text, from, to).length > 0;
/** How many units may stand between the doubt and "CSP" (a negation and an article among them). */
const DOUBT_REACH = 3;
/** A CSP said to be ours ("maybe we will be their CSP") or a later one is a move, not a doubt about the seller. */
const OURS_OR_LATER = structureWords('oursOrLater');
/** Whether the clause around a span says the CSP is ours or a later one. */
const oursOrLater = (text: string, from: number, to: number): boolean => {
  const clause = clauseOf(text, from, to);
  return matches(OURS_OR_LATER, text, clause.start, clause.end).length > 0;
};

export function bundleSellerDoubted(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const bundles = mentions.filter((m) => m.question === 'channel' && m.option === 'syndication' && !m.negated && !namedSyndication(text, m.start, m.end));
  if (bundles.length !== 1) return;
  const bundle = bundles[0]!;
  const own = sentenceOf(text, bundle.start, bundle.end);
  // The bundle's own sentence and the one right after it.
  const next = own.end < text.length ? sentenceOf(text, own.end + 1) : own;
  const hedges = lexicons.flatMap((l) => [...matches(l.hedges, text, own.start, next.end), ...matches(l.hedgesAfter, text, own.start, next.end)]);
  const doubted = matches(CSP, text, own.start, next.end).find(
    (c) =>
      c.start >= bundle.end &&
      hedges.some(
        (h) =>
          h.end <= c.start &&
          !/[.?]/.test(text.slice(h.end, c.start)) &&
          units(text.slice(h.end, c.start).trim()) <= DOUBT_REACH &&
          !oursOrLater(text, h.start, c.end),
      ),
  );
  if (doubted === undefined) return;
  // Other channels said there decide as before.
  if (mentions.some((m) => m.question === 'channel' && m !== bundle && !m.negated && m.start >= own.start && m.end <= next.end)) return;
  bundle.option = 'thirdParty';
  mentions.push({ ...bundle, option: 'otherCsp', start: doubted.start, end: doubted.end });
}

/**
 * A bundle's seller read as a syndication partner, then said to be one only under a doubt ("it came
 * with their internet from the telco. I think it's a syndication partner? Not sure."): the writer
 * doubts the very thing the bundle was read as, so the bundle is asked about too. Not where the
 * message also says it plainly.
 */
export function syndicationDoubted(text: string, mentions: StructuredMention[]): void {
  const syndications = mentions.filter((m) => m.question === 'channel' && m.option === 'syndication' && !m.negated);
  const named = syndications.filter((m) => namedSyndication(text, m.start, m.end));
  if (!named.some((m) => m.hedged === true) || named.some((m) => m.hedged !== true)) return;
  for (const bundle of syndications.filter((m) => m.hedged !== true && !named.includes(m))) {
    const own = sentenceOf(text, bundle.start, bundle.end);
    const next = own.end < text.length ? sentenceOf(text, own.end + 1) : own;
    if (named.some((n) => n.start >= bundle.end && n.end <= next.end)) bundle.hedged = true;
  }
}
