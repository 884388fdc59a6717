// "…from a regional hosting company. That company is not a CSP partner." The sentence after the
// seller's, opening "that company is" (or "this outfit is"), is about that seller, as a bare
// "Not a CSP." is: the seller is a third party. A sentence of our own ("We're not a CSP") is not.
import { checkKind } from './kindCheck';

describe('parties: "that company is not a CSP" after the seller makes it a third party', () => {
  checkKind([
    [
      'en-US',
      'Their Exchange Online came with the web hosting package from a regional hosting company. That company is not a CSP partner, we checked.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['en-US', 'The Microsoft 365 seats were bought from a local hosting provider. This outfit is not a CSP.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'The Microsoft 365 seats were bought from a local hosting provider. We are not a CSP yet.', { service: 'license' }],
  ]);
});
