// "我们是神州数码下面的二级经销商" (we are a second-tier reseller under Digital China): the partner
// is the reseller, whoever it is under; the distributor named inside the phrase is not its role.
// "我们是分销商，下面的经销商……" (a distributor, and the resellers under it) stays the distributor.
import { checkKind } from './kindCheck';

describe('partnerType: a reseller under a named distributor', () => {
  checkKind([
    ['zh-CN', '我们是分销商下面的二级经销商，客户要我们帮忙管理 Office 365。', { service: 'license', goal: 'support', partnerType: 'indirectReseller' }],
    ['zh-CN', '我们属于伟仕佳杰旗下的经销商。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是总代理下属的二级代理。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是分销商，下面的二级经销商负责日常支持。', { goal: 'support', partnerType: 'indirectProvider' }],
  ]);
});
