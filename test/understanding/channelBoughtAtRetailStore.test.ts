// Kind "channelWords": bought "at" a retail chain (Staples, Best Buy) is a purchase over a shop's
// counter, a third party, as "bought at a store" is. "Through Staples" may be a business account
// with a CSP behind it, and stays unread; meeting someone at the store buys nothing.
import { checkKind } from './kindCheck';

describe('kind: bought at a retail chain is a third party', () => {
  checkKind([
    [
      'en-US',
      'Customer has Teams Essentials they bought at Staples, wants us to take over billing.',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'They picked up Microsoft 365 Business Standard at Best Buy and want us to manage it.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['en-US', 'The customer bought Office 365 through Staples.', { service: 'license' }],
    ['en-US', 'We met the owner at Staples, they have Office 365.', { service: 'license' }],
  ]);
});
