// Channel words: an Enterprise Agreement the customer is "not renewing" runs out later, so it is
// still the channel, as "the EA expires in August" is; one that has already ended is not.
import { checkKind } from './kindCheck';

describe('channel: an EA they are not renewing is still the channel', () => {
  checkKind([
    ['en-US', "Office 365 E3 is on their EA. They're not renewing the EA in June.", { channel: 'ea', service: 'license' }],
    ['en-US', "Azure. They won't renew their Enterprise Agreement next year.", { channel: 'ea', service: 'usage' }],
    // Read so before; kept as guards.
    ['en-US', 'Office 365 was on an EA but the EA expired, now it sits with another CSP.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'Azure, not EA.', { service: 'usage' }],
  ]);
});
