// "两百个用户吧": a "吧" after a number of users says the count is rough, not that the product
// named before it is in doubt; after the product itself it still doubts it.
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: doubt, a rough count of users does not doubt the product', () => {
  checkKind([
    ['zh-CN', '客户用的是 M365 E 五 一共八十个用户吧，在微软官网买的', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '客户用的是微软三六五 E 三 大约三百人吧 想让我们帮忙管一下', { service: 'license', goal: 'support' }],
  ]);
  checkDoubted([['zh-CN', '客户用的是 Office 365 吧，在微软官网买的', { channel: 'microsoft' }, { service: 'license' }]]);
});
