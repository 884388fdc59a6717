// "我方在这个客户上是间接提供商", "对这个客户来说我们是二级经销商": the customer named is whom the role is
// for, not the party that has it: the role is ours. The customer as the subject still has its own.
import { checkKind } from './kindCheck';

describe('whose: our role for this customer is ours', () => {
  checkKind([
    ['zh-CN', '客户的 Azure 想转到我方，我方在这个客户上是间接提供商。', { service: 'usage', partnerType: 'indirectProvider' }],
    ['zh-CN', '针对这个客户我们是直接计费的合作伙伴，他们的 Office 365 要我们做运维。', { service: 'license', goal: 'support', partnerType: 'direct' }],
    ['zh-CN', '这个客户自己也是分销商，他们的 Office 365 要我们做运维。', { service: 'license', goal: 'support' }],
  ]);
});
