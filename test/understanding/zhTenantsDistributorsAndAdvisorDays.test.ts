// Chinese words the regional desks use: a China or a global tenant names its cloud; buying from a
// named distributor (Arrow, Ingram, 神州数码) makes us its reseller, while "the distributor is
// Ingram" or "神州数码是间接提供商" is that firm's role, not ours; "我们以前做顾问的时候" is this
// partner as a former Advisor; "另一家本地合作伙伴" is another partner; and a parent's agreement
// closed by "覆盖的是集团本身" leaves the next clause to this case.
import { checkKind } from './kindCheck';

describe('kind: Chinese tenants, named distributors and our Advisor days', () => {
  checkKind([
    ['zh-CN', '这是客户的中国租户，Office 365 E1 是从另一家 CSP 买的。', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '只看全球租户：Exchange Online，他们想让我们帮着管。', { cloud: 'global', service: 'license', goal: 'support' }],
    ['zh-CN', '客户有国内租户也有海外租户，Azure 的情况还没查清。', { service: 'usage' }, ['cloud']],
    ['zh-CN', '我们一直从 Ingram 进货，客户要 Microsoft 365。', { partnerType: 'indirectReseller', service: 'license' }],
    ['zh-CN', '表格上写我们是 T1，合同上却写我们从 Arrow 采购。', {}, ['partnerType']],
    ['zh-CN', '分销商是 Ingram，我们是它下面的经销商。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是经销商，神州数码是间接提供商。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '国内版 Teams 许可是我司以前做顾问的时候帮客户开的。', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    ['zh-CN', '中国租户的 Azure 是我们早年还作为 Advisor 时卖的。', { cloud: 'china', channel: 'formerAdvisor', service: 'usage' }],
    ['zh-CN', '国内版 Azure 是从另一家当地的合作伙伴那里买的。', { cloud: 'china', channel: 'other', service: 'usage' }],
    ['zh-CN', '集团 EA 管的是集团本身，分公司的 Teams 是在电脑城买的。', { channel: 'thirdParty', service: 'license' }],
  ]);
});
