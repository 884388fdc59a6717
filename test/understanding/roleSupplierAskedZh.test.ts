// Going to a distributor for a price or an invitation ("价格找分销商确认", "邀请要找分销商给")
// names the partner's supplier, as "通过分销商下单" does: the partner is an indirect reseller.
import { checkKind } from './kindCheck';

describe('kind: whose words, a distributor the partner goes to is its supplier', () => {
  checkKind([
    ['zh-CN', '客户的 Azure 是在微软官网买的。我们的报价得找分销商要。', { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是经销商，Office 365 的经销商关系邀请要找总代发。', { partnerType: 'indirectReseller', service: 'license' }],
  ]);
});
