// "The parent buys under an EA" is the parent's channel, not the customer's, even without the word
// "company" after "parent": the channel is the one the customer itself buys through. A parent
// named only as context leaves the customer's own channel as it was.
import { checkKind } from './kindCheck';

describe('the parent that buys is another party', () => {
  checkKind([
    [
      'en-US',
      'The parent buys under an Enterprise Agreement. The subsidiary buys Office 365 from a hardware shop that is not a CSP partner.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'en-US',
      'Their parent purchased an EA for the group. Dunmore itself pays Microsoft directly by card for its Azure.',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['en-US', 'The customer buys Office 365 under an EA; their parent is in Ohio.', { channel: 'ea', service: 'license' }],
  ]);
});
