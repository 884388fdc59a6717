// "在分销商那里进货" (we take our stock at the distributor's) names the partner's supplier, as "通过分销商"
// does: the partner is the reseller under it, not the distributor. A customer buying at a
// distributor's, or resellers taking stock from us, keep their reading.
import { checkKind } from './kindCheck';

describe("stock taken at the distributor's is the partner's supply (zh-CN)", () => {
  checkKind([
    ['zh-CN', '我们是经销商，平时都在分销商那里进货。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们公司做二级经销，Teams 许可都在分销商那边订货。', { service: 'license', partnerType: 'indirectReseller' }],
    // Near misses.
    ['zh-CN', '客户在分销商那儿买的 Office 365', { service: 'license' }],
    ['zh-CN', '我们是分销商，下面的经销商在我们这儿拿货。', { partnerType: 'indirectProvider' }],
  ]);
});
