// "这个客户是我们另一个客户老板的朋友": another customer named only as who referred this one (a friend of
// its owner, introduced by it) is no other case: what follows is this customer's.
import { checkKind } from './kindCheck';

describe('whose: a customer referred by another customer is this case', () => {
  checkKind([
    ['zh-CN', '这个客户是我们另一个客户老板的朋友 他们用Microsoft 365 想让我们帮忙管理', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户是另一家客户介绍过来的，他们的 Office 365 是在世纪互联买的。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['zh-CN', '另一个客户用的是 EA，这个客户的 Office 365 是在世纪互联买的。', { cloud: 'china', channel: 'vianet', service: 'license' }],
  ]);
});
