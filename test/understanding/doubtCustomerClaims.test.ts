// Kind "hedge": what the customer "swears" or "claims" is the customer's belief reported, not a
// fact the writer states ("Customer swears they bought it through Microsoft directly but the
// invoice says otherwise"): asked back by name, as "the customer thinks" was. "Says" is stated.
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: what the customer swears or claims is asked back', () => {
  checkDoubted([
    [
      'en-US',
      'The customer swears they bought Azure straight from Microsoft, the invoice looks different though.',
      { service: 'usage' },
      { channel: 'microsoft' },
    ],
    ['en-US', 'Client claims their Office 365 is on an EA. We are T1.', { service: 'license', partnerType: 'direct' }, { channel: 'ea' }],
  ]);
  checkKind([['en-US', 'The customer says they bought Azure straight from Microsoft.', { channel: 'microsoft', service: 'usage' }]]);
});
