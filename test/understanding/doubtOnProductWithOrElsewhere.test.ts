// A doubt about a product ("Not sure they still use Office 365") doubts the product: an "or" said
// elsewhere, after the product ("…, or if they dropped it") or in an earlier sentence ("EA or
// Open, we don't know yet."), opens no either/or for that doubt. Only an "or" right after the doubt
// ("undecided: either keep … or …") makes it a doubt over the choice.
import { checkRead } from './kindCheck';

describe('hedge: a doubt about a product with an "or" elsewhere still doubts the product', () => {
  checkRead([
    ['en-US', 'Not sure they still use Office 365, or if they dropped it.', {}, { hedged: { service: 'license' } }],
    ['en-US', "EA or Open, we don't know yet. Not sure they still use Office 365.", {}, { conflicts: ['channel'], hedged: { service: 'license' } }],
  ]);
});
