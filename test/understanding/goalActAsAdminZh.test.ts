// Asking the partner to act as the customer's admin ("当他们的管理员"), to handle their tickets
// ("处理工单") or to "take care of it" ("让我们来管") is day-to-day support; "管理员" alone, a role
// named in passing, still says nothing of the goal.
import { checkKind } from './kindCheck';

describe('kind: goalWords, acting as the admin or handling tickets is support', () => {
  checkKind([
    ['zh-CN', '账单不用动，客户的 Microsoft 365 就是想让我们当他们的管理员。', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Office 365，平时帮忙处理工单就行。', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户五十个 Microsoft 365 许可 想让我们来管 别的没说', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Office 365 管理员已经加好了。', { service: 'license' }],
    ['zh-CN', '客户的 Office 365 要让我们管理员先加一下权限。', { service: 'license' }],
  ]);
});
