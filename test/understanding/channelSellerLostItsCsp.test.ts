// A seller that "lost its CSP authorization" was a CSP partner until then: the customer bought
// from another CSP. The partner losing its own ("we lost our CSP status") says nothing of that.
import { checkKind } from './kindCheck';

describe('channel: the seller lost its CSP authorization', () => {
  checkKind([
    [
      'en-US',
      'The firm got Office 365 from a local IT company that just lost its CSP authorization, so they need a new partner to take over the billing.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['en-US', 'Microsoft 365 E3 bought from Bluefield Systems. Bluefield lost its CSP status last month.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'Microsoft 365 E3, we lost our CSP status last year and buy through a distributor now.', { service: 'license', partnerType: 'indirectReseller' }],
  ]);
});
