// Deciding which option to go by: "就按 EA 吧" (let's go by EA) after "EA or Open" settles it, and
// "先管理吧" (manage first, then) answers the question; "吧" after them is no doubt. "我就先按世纪互联
// 直销来处理" (I'll treat it as 21Vianet's own sale) goes on treating a doubted purchase as fact.
// "是 EA 吧" (EA, I suppose) stays a doubt.
import { checkDoubted, checkKind } from './kindCheck';

describe('decision: going by one option', () => {
  checkKind([
    ['zh-CN', '渠道要么是 EA 要么是 Open，看了合同，那就按 Open 吧。Office 365 要我们支持。', { channel: 'open', service: 'license', goal: 'support' }],
    ['zh-CN', '小张：要我们支持还是转过来？\n客户：先支持吧，Office 365 的。', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户大概是从世纪互联直接买的，我就按世纪互联直销来处理。Office 365。', { cloud: 'china', channel: 'vianet', service: 'license' }],
  ]);
  checkDoubted([['zh-CN', 'Office 365，是 EA 吧。', { service: 'license' }, { channel: 'ea' }]]);
});
