// "The parent" alone, without "company", names the customer's parent company as well: its EA, said
// in passing ("Halvorsen Group (the parent) has an EA"), is another company's, and the channel is
// what the customer itself bought through.
import { checkKind } from './kindCheck';

describe('whose: "the parent" alone is the parent company', () => {
  checkKind([
    [
      'en-US',
      'Rowan Holdings (the parent) has an EA with Microsoft. The customer is their subsidiary and bought Office 365 from another CSP, wants us to support it.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['en-US', 'Their parent is on an EA, but this subsidiary bought Azure directly from Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'The customer has Office 365 under an EA, the parent has nothing to do with it.', { channel: 'ea', service: 'license' }],
  ]);
});
