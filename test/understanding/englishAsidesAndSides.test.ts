// Kinds "whose words" and "rambling", in English: "our distributor side" is the partner acting as
// the indirect provider, not the distributor it buys from; a sister business of the customer's
// answers nothing of this case; a product "we're not touching today" or "not relevant here" is
// set aside; paying "straight to Microsoft" is buying from Microsoft.
import { checkKind } from './kindCheck';

describe('kind: English whose words and asides (our distributor side, a sister business, not touching today)', () => {
  checkKind([
    ['en-US', "This one's from our distributor side; the customer has Azure.", { service: 'usage', partnerType: 'indirectProvider' }],
    ['en-US', 'We buy through our distributor; the customer has Azure.', { service: 'usage', partnerType: 'indirectReseller' }],
    [
      'en-US',
      'They pay for Azure with a credit card straight to Microsoft. Their sister brewery across town is with some other CSP, not relevant here.',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['en-US', "The M365 licenses came through the state's EA, we're not touching those today. The ask is Azure.", { service: 'usage' }],
  ]);
});
