// "This customer sits under a distributor, we are the indirect reseller": the distributor named in
// this case's clause is the customer's, not the role said for this case, so our own role in the
// sentence stands.
import { checkKind } from './kindCheck';

describe('kind: whose words, this customer under a distributor beside our own role', () => {
  checkKind([
    ['zh-CN', '这家客户挂在总代下面，我们是间接经销商，Azure 是另一家 CSP 卖的。', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' }],
    ['zh-CN', '这个客户在分销商那里，我们是二级经销商。', { partnerType: 'indirectReseller' }],
    [
      'en-US',
      'This customer sits under a distributor, we are the indirect reseller. Azure from another CSP.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'ru-RU',
      'Этот клиент сидит под дистрибьютором, мы непрямой реселлер. Azure у другого CSP.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});
