// Whose words in Chinese: the customer's group or parent company named with what it holds ("EA
// 是母公司的", "他们集团有 EA") answers nothing of this case, up to the words for this one ("这家子公
// 司", "这家分公司"). "集团客户" is this customer, a group.
import { checkKind } from './kindCheck';

describe("whose words: what the customer's parent company or group holds is not this case's", () => {
  checkKind([
    ['zh-CN', 'EA 是母公司的，这家子公司的 Microsoft 365 是通过 MPSA 买的。', { channel: 'open', service: 'license' }],
    ['zh-CN', '企业协议是客户的母公司的。子公司的 Azure 是自己在微软官网开的。', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '他们集团有企业协议，这家子公司的 Azure 是在微软官网买的。', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '那份企业协议是他们总公司的，这家分公司的 Azure 是从另一家 CSP 伙伴买的。', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '他們集團有 EA，但這家子公司的 M365 是通過 MPSA 買的。', { channel: 'open', service: 'license' }],
    ['zh-CN', '客户是一家集团客户，Office 365 用的是 EA。', { channel: 'ea', service: 'license' }],
  ]);
});
