// "帮我们管 Exchange": helping to manage a named product or the mailboxes is support, as
// "帮我们管好" already is.
import { checkKind } from './kindCheck';

describe('kind: goal, help manage a named product or the mailboxes is support', () => {
  checkKind([
    ['zh-CN', '客户是从另一家 CSP 买的 Microsoft 365，想让我们帮他们管 Exchange 和 Teams。', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    ['zh-CN', 'Office 365 在微软官网买的，客户就想找人帮忙管邮箱和用户账号', { channel: 'microsoft', service: 'license', goal: 'support' }],
  ]);
});
