// A customer who "just pays Microsoft", "pays MS themselves", with "no one in between", buys from
// Microsoft; one "fine paying Microsoft herself" keeps the billing and wants support.
import { checkKind } from './kindCheck';

describe('channel: the customer just pays Microsoft, nobody in between', () => {
  checkKind([
    [
      'en-US',
      'Call notes: 12 x Microsoft 365 Business Basic. "We only pay Microsoft, card on file, no one in between." They want support only.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Owner runs Exchange Online Plan 1 for 8 people and is happy paying Microsoft himself; we just fix things when they break.',
      { service: 'license', goal: 'support' },
    ],
  ]);
});
