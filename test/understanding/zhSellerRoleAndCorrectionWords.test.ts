// Chinese words: a shop named without "上" ("天猫买的…激活卡"), a card bound in the admin center and
// an order placed there, "间接的提供者" as a machine translation writes it, a local IT service
// provider in China, a carrier's bundle against the official site (asked), an invoice checked as a
// correction, and "先放一放" setting aside the company named before it.
import { checkKind } from './kindCheck';

describe('understanding: Chinese seller, role and correction words', () => {
  checkKind([
    ['zh-CN', '客户（天猫买的 Office 365 激活卡）想让我们做支持', { channel: 'thirdParty', service: 'license', goal: 'support' }],
    ['zh-CN', '他们自己在 Microsoft 365 管理中心用信用卡下了单，20 个 Business Standard', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '客户的 Azure 是从别的 CSP 伙伴买的。我们是间接的提供者。', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' }],
    ['zh-CN', '中国版，Office 365 是从本地一家 IT 服务商那买的', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '代理说客户是从移动运营商那里捆绑买的 Microsoft 365，客户又说是在微软官网买的。', { service: 'license' }, ['channel']],
    [
      'zh-CN',
      '工单说是从另一家 CSP 伙伴买的。查了财务发来的发票，根本不是 CSP，是 MPSA。客户要 Office 365 E3 的支持。',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    ['zh-CN', 'X 公司是 Open Value 的，先放一放；今天说的是 Y 公司，Azure 是从另一家 CSP 买的', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
