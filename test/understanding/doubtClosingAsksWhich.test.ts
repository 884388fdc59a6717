// A Chinese doubt closing a clause that asks which or where about the answer in it ("Azure 是从哪家买的不清楚"):
// the answer is stated, what is unknown is the seller or the tenant, and the next clause is not doubted either.
import { checkKind } from './kindCheck';

describe('doubt: a Chinese doubt asking which about the answer before it leaves the answer stated', () => {
  checkKind([
    ['zh-CN', '客户的 Azure 是从哪家买的不清楚，我们是直签。', { service: 'usage', partnerType: 'direct' }],
    ['zh-CN', '这次要处理的 Dynamics 365 是哪个部门买的他们也说不清，只要我们帮忙管理。', { service: 'license', goal: 'support' }],
    // A doubt closing a clause of two answers without a which still doubts them.
    ['zh-CN', 'EA 还是 Open 不确定，客户只要支持。', { goal: 'support' }, ['channel']],
  ]);
});
