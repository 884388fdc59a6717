// A carrier's bundle whose seller is said, in a short sentence of its own right after, not to be
// a CSP ("Their O365 came with the fibre package from Northline. Northline isn't a CSP."): the
// bundle is a third party's, as "a telco bundle (not CSP)" already was in one sentence
// (parties.ts sellersNotCsp reads a seller word; this reads the sentence after a syndication).
import { CompiledLexicon } from './compile';
import { StructuredMention, matches } from './structure';
import { sentenceOf, units } from './text';
import { bundleSellerDoubted, syndicationDoubted, namedSyndication } from './bundleSellerDoubted';
import { structureWords } from './structureLists';

const CSP = /(?<![a-z0-9а-я])csp(?![a-z0-9а-я])/gu;
/** The subject of "… is not a CSP": a name of one or two words, or "that/the" and one word ("the telco"). */
const SUBJECT = /^(?:\p{L}[\p{L}\p{N}'-]*)(?: \p{L}[\p{L}\p{N}'-]*)?$/u;

export function bundleNotCsp(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  if (!text.includes('csp') || !mentions.some((m) => m.question === 'channel' && m.option === 'syndication' && !m.negated)) return;
  const negators = lexicons.flatMap((l) => matches(l.negateBefore, text));
  const self = lexicons.flatMap((l) => matches(l.self, text));
  for (const c of matches(CSP, text)) {
    const n = negators.find((x) => x.end <= c.start && !/[,.?]/.test(text.slice(x.end, c.start)) && units(text.slice(x.end, c.start)) <= 2);
    if (n === undefined) continue;
    const own = sentenceOf(text, n.start, c.end);
    const lead = text.slice(own.start, n.start).trim();
    // A seller denied both ("I asked, that telco is not a CSP partner and not a syndication partner either", neitherCspNorSyndication)
    // is the bundle's seller whatever the words before it, unless they are "we".
    const both = mentions.some((m) => m.question === 'channel' && m.option === 'thirdParty' && !m.negated && m.start <= n.start && m.end >= c.end);
    // Else said of a party named alone (not "we", not a longer clause), and nothing more after it ("Lakeshore isn't a CSP.").
    if (own.start === 0 || (!both && !SUBJECT.test(lead)) || self.some((s) => s.start >= own.start && s.end <= n.start)) continue;
    if (!both && units(text.slice(c.end, own.end).replace(/[^\p{L}\p{N} ]/gu, ' ')) > 1) continue;
    const before = sentenceOf(text, own.start - 1);
    const channels = mentions.filter((m) => m.question === 'channel' && !m.negated && m.start >= before.start && m.end <= own.start);
    if (channels.length === 0 || channels.some((m) => m.option !== 'syndication')) continue;
    for (const m of channels) m.option = 'thirdParty';
  }
}

/** How many units may stand between the bundle and "not a CSP" in its sentence. */
const BUNDLE_REACH = 14;
/** "Not another CSP, but GoDaddy": the denial is of another channel offered, not of the bundle's seller (the lexicons' `structure.anotherWord`). */
const ANOTHER = structureWords('anotherWord');

/**
 * A telco, internet or hosting bundle whose own sentence says "not (a) CSP" ("through a telco
 * bundle (telco is not a CSP)", «пакет от Orange Moldova, никаких CSP там нет», "A Digi
 * internetcsomagjához kaptuk, nem CSP-n keresztül"): the bundle is a third party's sale, not a
 * syndication (bundleNotCsp reads the same denial in the sentence after). Not when the sentence
 * names syndication itself, offers another channel, or the denial is of us ("we're not a CSP").
 */
export function bundleSaidNotCsp(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  syndicationDoubted(text, mentions);
  if (!text.includes('csp')) return;
  bundleSellerDoubted(text, mentions, lexicons);
  const bundles = mentions.filter((m) => m.question === 'channel' && m.option === 'syndication' && !m.negated && !namedSyndication(text, m.start, m.end));
  if (bundles.length === 0) return;
  const negators = lexicons.flatMap((l) => matches(l.negateBefore, text));
  const self = lexicons.flatMap((l) => matches(l.self, text));
  for (const c of matches(CSP, text)) {
    const n = negators.find((x) => x.end <= c.start && !/[,.?]/.test(text.slice(x.end, c.start)) && units(text.slice(x.end, c.start)) <= 2);
    if (n === undefined || self.some((s) => s.end <= n.start && units(text.slice(s.end, n.start)) <= 2)) continue;
    if (matches(ANOTHER, text, n.end, c.start).length > 0) continue;
    const own = sentenceOf(text, n.start, c.end);
    const near = bundles.filter(
      (m) => m.start >= own.start && m.end <= own.end && units(text.slice(Math.min(m.end, n.start), Math.max(m.start, c.end))) <= BUNDLE_REACH,
    );
    if (near.length === 0) continue;
    const others = mentions.filter(
      (m) => m.question === 'channel' && !m.negated && m.start >= own.start && m.end <= own.end && m.option !== 'syndication' && m.option !== 'thirdParty',
    );
    // Syndication named only as denied with the CSP ("the telco is not a CSP nor a syndication partner") is no syndication named.
    const both = mentions.some((m) => m.question === 'channel' && m.option === 'thirdParty' && !m.negated && m.start <= n.start && m.end >= c.end);
    if (others.length > 0 || (!both && namedSyndication(text, own.start, own.end))) continue;
    for (const m of near) m.option = 'thirdParty';
  }
}
