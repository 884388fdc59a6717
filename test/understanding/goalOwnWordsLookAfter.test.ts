// Goal in the customer's own words: "帮他们把日常管起来", "帮他们管", "当他们的 IT 服务台" are
// looking after the tenant (support); "续费都走我们" (renewals go through us) and "搬过来" are
// moving the subscriptions to this partner.
import { checkKind } from './kindCheck';

describe('goal: everyday words for looking after and for moving', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 想让我们帮他们把日常管起来。', { service: 'license', goal: 'support' }],
    ['zh-CN', 'Office 365 客户希望我们继续帮他们管。', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户想找我们当他们 Microsoft 365 的 IT 服务台。', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Office 365 以后续费都走我们。', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户想把 Office 365 搬过来。', { service: 'license', goal: 'move' }],
  ]);
});
