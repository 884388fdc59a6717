// "分销商下面的间接经销商" (an indirect reseller under a distributor) names the partner's own role:
// the distributor it orders through is not the partner, also after "不是…而是".
import { checkKind } from './kindCheck';

describe('kind: whose words, a reseller under a distributor is an indirect reseller', () => {
  checkKind([
    [
      'zh-CN',
      '我们不是直接账单合作伙伴，而是总代底下的二级经销商。客户的 Azure 是在微软官网买的。',
      { partnerType: 'indirectReseller', channel: 'microsoft', service: 'usage' },
    ],
    ['zh-CN', '这单我们没用直接合作伙伴的账号，而是分销商下边的间接经销商，客户要我们做运维。', { partnerType: 'indirectReseller', goal: 'support' }],
    ['en-US', "We're not a direct bill partner here, we're an indirect reseller under a distributor.", { partnerType: 'indirectReseller' }],
  ]);
});
