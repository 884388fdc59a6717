// A partner with two lines of business ("一块业务做分销…另一块又是自己直接跟世纪互联结算的") that cannot
// say which applies ("我也拿不准") is asked its role. Each line alone is a role: doing distribution is
// the indirect provider, settling with 21Vianet or Microsoft directly is direct bill.
import { checkKind } from './kindCheck';

describe('whose: two roles of ours, unsure which, are asked', () => {
  checkKind([
    [
      'zh-CN',
      '我们一块业务做分销，另一块又是自己直接跟世纪互联结算的，这个客户按哪个身份走我也拿不准。客户的 Office 365 想让我们管理。',
      { service: 'license', goal: 'support' },
      ['partnerType'],
    ],
    ['zh-CN', '我们主要做分销，客户的 Office 365 想让我们管理。', { service: 'license', goal: 'support', partnerType: 'indirectProvider' }],
    ['zh-CN', '我们是直接跟世纪互联结算的，客户要我们做运维。', { goal: 'support', partnerType: 'direct' }],
  ]);
});
