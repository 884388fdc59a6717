// "帮着管", "帮他们管 …": helping manage is support, whatever word follows, unless it manages the
// billing ("帮他们管账单").
import { checkKind } from './kindCheck';

describe('goalWords: "help them manage" is support', () => {
  checkKind([
    ['zh-CN', '客户的 Exchange Online 要我们帮着管。', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Office 365 想让我们帮他们管 其他照旧', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户想让我们帮他们管账单', {}],
  ]);
});
