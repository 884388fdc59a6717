// A carrier's or a shop's bundle whose seller is only maybe a CSP ("the telco may or may not be a
// CSP, we have to check", «оператор вроде бы не CSP, но, может, и CSP», "运营商可能是 CSP"): the
// channel is left open between a third party's sale and another CSP partner's, and is asked.
import { CompiledLexicon } from './compile';
import { StructuredMention, matches } from './structure';
import { sentenceOf, units } from './text';

const CSP = /(?<![a-z0-9а-я])csp(?![a-z0-9а-я])/gu;
/** A syndication named as such is no bundle whose seller is in doubt. */
const NAMED_SYNDICATION = /syndic|szindik|синдик|联合|聯合|辛迪加|sindic/u;
/** How many units may stand between the doubt and "CSP" (a negation and an article among them). */
const DOUBT_REACH = 3;
/** A CSP said to be ours ("maybe we will be their CSP") or a later one is a move, not a doubt about the seller. */
const OURS_OR_LATER =
  /(?<![a-zа-яáéíóöőúüű])(we|us|our|ours|will|next year|мы|нас|нам|наш[а-я]*|будущ[а-я]*|nos|nós|a gente|nosso|nossa|ano que vem|proximo ano|próximo ano|mi|mienk|miénk|minket|jovore|jövőre|majd)(?![a-zа-яáéíóöőúüű])|我们|我方|我司|明年|将来|以后/u;

export function bundleSellerDoubted(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const bundles = mentions.filter(
    (m) => m.question === 'channel' && m.option === 'syndication' && !m.negated && !NAMED_SYNDICATION.test(text.slice(m.start, m.end)),
  );
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
          !OURS_OR_LATER.test(clauseAround(text, h.start, c.end)),
      ),
  );
  if (doubted === undefined) return;
  // Other channels said there decide as before.
  if (mentions.some((m) => m.question === 'channel' && m !== bundle && !m.negated && m.start >= own.start && m.end <= next.end)) return;
  bundle.option = 'thirdParty';
  mentions.push({ ...bundle, option: 'otherCsp', start: doubted.start, end: doubted.end });
}

/** The clause from the last stop or comma before `start` to the first after `end`. */
function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(...['.', '?', '!', ',', ';', '。', '，', '？'].map((p) => text.lastIndexOf(p, start - 1)));
  const stop = text.slice(end).search(/[.?!,;。，？]/u);
  return text.slice(from + 1, stop < 0 ? text.length : end + stop);
}
