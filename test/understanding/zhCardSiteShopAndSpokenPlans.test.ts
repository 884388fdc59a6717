// Chinese words: paid by card at Microsoft ("刷卡在微软直接开的"), in the admin center written in
// English ("在 admin center 用信用卡买了"), on Microsoft's website in Cantonese ("喺 Microsoft 網站直接買",
// "轉俾我哋"), a shop in a computer mall ("电脑城的一家店"), "EA 还是跟微软直签" (asked, no role of
// ours), and a plan said aloud ("E 三", "E 五").
import { checkKind } from './kindCheck';

describe('understanding: Chinese card, site, shop and spoken plan words', () => {
  checkKind([
    ['zh-CN', '他们的 Azure 是刷卡在微软直接开的。', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '子公司自己在 admin center 用信用卡买了 Business Standard', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '客戶嘅 Office 365 係喺 Microsoft 網站直接買，想轉俾我哋。', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 是电脑城的一家店卖给他们的', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '发票上看不出来，到底是 EA 还是跟微软直签，Microsoft 365 E3', { service: 'license' }, ['channel']],
    ['zh-CN', '客户有两百个 E 三，是企业协议买的', { channel: 'ea', service: 'license' }],
    ['zh-CN', '我们是直签的 T 一，客户有一百个 E 五', { service: 'license', partnerType: 'direct' }],
  ]);
});
