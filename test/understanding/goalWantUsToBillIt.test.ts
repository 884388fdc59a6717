// "They want us to bill it" (the licences): the billing comes to us, a move; billing them for
// support is no move. Written for these tests.
import { checkKind } from './kindCheck';

describe('goal: they want us to bill the licences', () => {
  checkKind([
    ['en-US', 'Office 365 came from a shop that is not a CSP and they want us to bill it.', { channel: 'thirdParty', service: 'license', goal: 'move' }],
    [
      'en-US',
      'Their Microsoft 365 licences are with another CSP; they asked us to invoice them from next month.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['en-US', 'Office 365 from another CSP partner, they want us to bill them for support only.', { channel: 'otherCsp', service: 'license', goal: 'support' }],
  ]);
});
