// Channel and goal in the speaker's words: a laptop seller "not a partner of anything" is a third
// party; Azure "通过 Microsoft 销售直接签的" (signed directly through Microsoft's sales) was bought
// from Microsoft; "客户要转的是…" (what the customer wants to move is…) is the move.
import { checkKind } from './kindCheck';

describe("the seller and the goal in the speaker's words", () => {
  checkKind([
    [
      'en-US',
      'Office 365 Business Basic x12, they buy it from a fella who sells laptops, not a partner of anything. We direct bill.',
      { channel: 'thirdParty', service: 'license', partnerType: 'direct' },
    ],
    ['zh-CN', '我们的 Azure 是通过 Microsoft 销售直接签的，不是 EA，也不是从代理买的。', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '客户要转的不是Azure，是Dynamics 365，原来是从另一家CSP买的。', { channel: 'otherCsp', service: 'license', goal: 'move' }],
  ]);
});
