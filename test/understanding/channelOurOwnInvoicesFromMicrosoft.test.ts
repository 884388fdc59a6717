// "Some of our Microsoft invoices come straight from Microsoft" is about the partner's own
// purchases, not where the customer bought: it states no channel.
import { checkKind } from './kindCheck';

describe('channel: our own invoices coming from Microsoft', () => {
  checkKind([
    [
      'en-US',
      'Customer has Office 365 E3 and wants us to take over the billing. Some of our Microsoft invoices come straight from Microsoft, by the way.',
      { service: 'license', goal: 'move' },
    ],
    ['en-US', 'Our invoices come directly from Microsoft. The customer bought Visio through another CSP.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
