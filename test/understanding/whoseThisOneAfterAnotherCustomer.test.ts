// "跟上周那个客户不一样，这家是在世纪互联直接买的": after another customer named in passing, "这家"
// (this one) said as the subject returns to this case.
import { checkKind } from './kindCheck';

describe('whose words: "这家" after another customer is this case', () => {
  checkKind([
    ['zh-CN', '上周那家客户是 EA，这家是微软官网买的 Office 365。', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '跟昨天那个客户不一样（那边是 EA），这家想让我们运维 Office 365。', { service: 'license', goal: 'support' }],
  ]);
});
