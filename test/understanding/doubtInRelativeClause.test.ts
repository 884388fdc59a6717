// "I think" inside a relative clause ("another CSP partner who I think lost its authorization")
// doubts what that clause says of the party, not the party named before it.
import { checkDoubted, checkKind } from './kindCheck';

describe('doubt: "I think" in a clause about the party named before it', () => {
  checkKind([
    ['en-US', 'Their Azure came from another CSP partner who I think went out of business in the spring.', { channel: 'otherCsp', service: 'usage' }],
    [
      'en-US',
      'They bought Office 365 through an EA which I guess ends next year. We are direct.',
      { channel: 'ea', service: 'license', partnerType: 'direct' },
    ],
  ]);
  // Right after the party, with nothing between, the doubt is about it.
  checkDoubted([['en-US', 'Their Azure came from another CSP partner I think.', { service: 'usage' }, { channel: 'otherCsp' }]]);
});
