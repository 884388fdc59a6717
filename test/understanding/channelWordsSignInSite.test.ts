// Own words in Chinese: the site where the customer's users sign in ("登录的是 office.com", "在
// office.com 上登录") says nothing of where the subscriptions were bought, so it is no channel.
// Bought on that site ("在 office.com 买的") is still bought from Microsoft.
import { checkKind } from './kindCheck';

describe('channel words: the site the users sign in on is not where they bought', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 想让我们帮忙管理，他们平时登录的是 office.com。', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户员工都在 office.com 上登录，Office 365 想转到我们这边计费。', { service: 'license', goal: 'move' }],
    ['zh-CN', '客戶的 Microsoft 365 平時登陸 microsoft365.com，想讓我們做支持。', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Office 365 是在 office.com 上买的，想让我们做支持。', { channel: 'microsoft', service: 'license', goal: 'support' }],
  ]);
});
