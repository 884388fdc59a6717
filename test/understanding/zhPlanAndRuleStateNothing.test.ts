// A channel only planned ("打算明年改签 EA") is not today's, and a rule for all requests
// ("所有迁移申请都要…") states no goal of this case.
import { checkKind } from './kindCheck';

describe('zh-CN: a planned channel and a rule for every request state nothing', () => {
  checkKind([
    ['zh-CN', '客户现在的 Azure 是在微软官网直购的，打算后年改签企业协议。', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '注意：我们是分销商，所有迁移申请都要先登记。', { partnerType: 'indirectProvider' }],
  ]);
});
