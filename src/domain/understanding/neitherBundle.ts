// "The provider is neither CSP nor syndication, it just resells it in a bundle with the line":
// after the denial of both, the bundle words that follow in the sentence are the third party's
// sale, not a syndication of its own (parties.ts neitherCspNorSyndication). A bundle said before
// the denial is that seller's too ("a phone company bundle, not CSP and not syndication either"),
// unless it names syndication itself; any other channel in the sentence keeps its own.
import { namedSyndication } from './bundleSellerDoubted';
import type { Span } from './structure';
import type { StructuredMention } from './structure';

/** Whether the sentence's other channels (`own`) are none, or only bundles: after the denied syndication `denied`, or before it unnamed. */
export function ownBundle(text: string, own: readonly StructuredMention[], denied: Span): boolean {
  return own.every((o) => o.option === 'syndication' && (o.start >= denied.end || !namedSyndication(text, o.start, o.end)));
}
