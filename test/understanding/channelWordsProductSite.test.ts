// Own words in Chinese: the official site of a Microsoft product ("Azure 官网", "M365官网", "MS 官网",
// "Office 官方网站") is Microsoft's site, so bought there is bought from Microsoft. The product name
// is still read as the product.
import { checkKind } from './kindCheck';

describe("channel words: a Microsoft product's official site is Microsoft's", () => {
  checkKind([
    ['zh-CN', '客户的 Azure 是自己在 Azure 官网注册开的，我们是一级。', { channel: 'microsoft', service: 'usage', partnerType: 'direct' }],
    ['zh-CN', '客户M365官网刷卡买的，想让我们管起来', { channel: 'microsoft', service: 'license', goal: 'support' }],
    ['zh-CN', '客户那套 Dynamics 365 Business Central 走的 MS 官网，信用卡付的。', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是在 Office 官方网站上订阅的。', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '客戶的 Azure 是在 Azure 官網用信用卡開通的。', { channel: 'microsoft', service: 'usage' }],
    // Said wrong and put right by a colleague: the site is the last word.
    ['zh-CN', '我：Azure 是从一家 CSP 伙伴买的。\n同事：不对，是客户自己在 Azure 官网开的。', { channel: 'microsoft', service: 'usage' }],
  ]);
});
