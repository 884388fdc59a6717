// A customer that went (moved, switched) to a CSP buys from another CSP today; an EA's minimum
// or threshold named as the reason ("fell under the EA minimum") is no EA of theirs.
import { checkKind } from './kindCheck';

describe('channel: the customer went to a CSP, under the EA minimum', () => {
  checkKind([
    [
      'en-US',
      'About Northpoint Dental: the customer went to a CSP partner last spring for their 40 Microsoft 365 E3.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['en-US', 'They dropped below the EA threshold and moved to a CSP in 2021. Azure only.', { channel: 'otherCsp', service: 'usage' }],
    [
      'en-US',
      'Not on an EA anymore: they fell under the Enterprise Agreement minimum and went to a CSP for their Microsoft 365 E5.',
      { channel: 'otherCsp', service: 'license' },
    ],
  ]);
});
