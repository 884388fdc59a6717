// "The provider is neither CSP nor syndication, it just resells it in a bundle with the line":
// after the denial of both, the bundle words that follow in the sentence are the third party's
// sale, not a syndication of its own (parties.ts neitherCspNorSyndication). Any other channel
// in the sentence, or a bundle said before the denial, is a channel of its own and keeps it.
import type { Span } from './structure';
import type { StructuredMention } from './structure';

/** Whether the sentence's other channels (`own`) are none, or only a bundle said after the denied syndication `denied`. */
export function ownBundle(own: readonly StructuredMention[], denied: Span): boolean {
  return own.every((o) => o.option === 'syndication' && o.start >= denied.end);
}
