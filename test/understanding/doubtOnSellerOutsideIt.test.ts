// A doubt turns from the product to the seller only when the seller is named after the product, in
// the same clause, and is no answer itself ("maybe they bought the Azure from a hosting provider").
// A seller that speaks before the doubt ("The hosting provider says maybe…"), one named in a later
// clause after a comma ("…, the invoice names a hosting provider") and one inside an answer said
// not to be ("not from a CSP reseller") leave the product doubted, asked back by name, and the
// channel not asked.
import { checkDoubted } from './kindCheck';

describe('kind: a seller before the doubt, after its clause or inside an answer leaves the product doubted', () => {
  checkDoubted([
    ['en-US', 'The hosting provider says maybe they bought the Azure, not sure.', {}, { service: 'usage' }],
    ['en-US', 'Maybe they bought the Azure, not sure, the invoice names a hosting provider.', {}, { service: 'usage' }],
    ['en-US', 'Maybe they bought the Azure not from a CSP reseller.', {}, { service: 'usage' }],
  ]);
});
