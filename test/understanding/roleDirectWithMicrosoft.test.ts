// "We're direct with Microsoft" is the partner's own role (direct bill), as "we work directly
// with Microsoft" already was: it says nothing of where the customer bought.
import { checkKind } from './kindCheck';

describe('role: "we\'re direct with Microsoft" is direct, not the channel', () => {
  checkKind([
    [
      'en-US',
      "They bought Azure from a syndication partner. We're direct with Microsoft, no disti.",
      { channel: 'syndication', service: 'usage', partnerType: 'direct' },
    ],
    ['en-US', 'Customer has Office 365 from another CSP; we are directly with MS.', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    ['en-US', 'They bought their Office 365 direct with Microsoft.', { channel: 'microsoft', service: 'license' }],
  ]);
});
