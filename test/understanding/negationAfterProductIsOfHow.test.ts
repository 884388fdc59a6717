// "我们的 Microsoft 365 不是找代理商买的": a "不是" after the product, run on into how it was bought
// (找, 在, 从, 通过 …), says how it was not bought; the product still stands. Said alone after an
// answer ("Office 365 不是，是 Azure") it still takes that answer back.
import { checkRead } from './kindCheck';

describe('negation: "X 不是找…买的" is about how X was bought', () => {
  checkRead([
    ['zh-CN', 'Office 365 不是找代理商买的，是微软官网买的', { channel: 'microsoft', service: 'license' }, {}],
    ['zh-CN', '客户的 Dynamics 365 不是在京东买的，想让我们管理', { service: 'license', goal: 'support' }, { negated: ['channel'] }],
    ['zh-CN', '他们的 Azure 不是找代理商开的', { service: 'usage' }, {}],
    ['zh-CN', 'Office 365不是，是Azure', { service: 'usage' }, {}],
    ['zh-CN', 'EA 不是，是 Open', { channel: 'open' }, {}],
  ]);
});
