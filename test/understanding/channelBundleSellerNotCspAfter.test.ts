// A carrier's bundle whose seller is said, in a short sentence of its own right after, not to be a
// CSP is a third party's; a bundle not said so, or "we are not a CSP", stays syndication.
import { checkKind } from './kindCheck';

describe('bundleNotCsp: a telco bundle whose seller is then said not to be a CSP', () => {
  checkKind([
    [
      'en-US',
      'Westgate Telecom threw Microsoft 365 Business Basic into the phone-line deal as part of their carrier bundle. Westgate is not a CSP.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['en-US', 'Exchange Online is billed inside the telco package from Orbit Mobile. Orbit is not a CSP.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Exchange Online is billed inside the telco package from Orbit Mobile.', { channel: 'syndication', service: 'license' }],
    ['en-US', 'Azure, via syndication with their telco. We are not a CSP.', { channel: 'syndication', service: 'usage' }],
  ]);
});
