// A customer whose licences go under its group's or head office's agreement ("走集团的 EA",
// "用的是总部的企业协议") buys through the EA; the group merely having one says nothing of the customer.
import { checkKind } from './kindCheck';

describe("zh-CN: bought under the group's EA", () => {
  checkKind([
    ['zh-CN', '子公司的 Microsoft 365 E3 走集团的 EA，想让我们做支持。', { channel: 'ea', service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Azure 用的是总部的企业协议，三个订阅。', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '母公司有 EA，客户自己从另一家 CSP 买的 Office 365。', { channel: 'otherCsp', service: 'license' }],
  ]);
});
