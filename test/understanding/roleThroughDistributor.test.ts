// Whose role: a partner that orders through a distributor ("走分销", "经分销商下单", "以经销商身份")
// is an indirect reseller; the distributor named after it as another company ("分销商是另一家") is
// not this partner's role.
import { checkKind } from './kindCheck';

describe('whose: ordering through a distributor makes this partner its reseller', () => {
  checkKind([
    ['zh-CN', '这个客户我们走分销，客户的 Office 365 是官网买的。', { channel: 'microsoft', service: 'license', partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是经分销商下单的经销商。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '这单我们以经销商身份下单。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是经销商，分销商是另一家。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '这个客户挂在我们直签账号下还是走分销，还定不了。', {}, ['partnerType']],
  ]);
});
