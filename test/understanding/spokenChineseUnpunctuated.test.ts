// Spoken Chinese typed without punctuation: "搞不清楚然后就是想让我们管理一下" — "然后" moves on, so the
// doubt before it does not reach the goal after it; "别的不动国际版的" — "不动" and "不变" say what is
// left as it is, and reach no answer after them.
import { checkKind } from './kindCheck';

describe('spoken Chinese: a doubt ends at "然后", "不动" and "不变" negate nothing after them', () => {
  checkKind([
    ['zh-CN', '客户说office是从顾问项目那边买的还是微软直接买的他也搞不清楚然后就是想让我们管理一下', { service: 'license', goal: 'support' }, ['channel']],
    ['zh-CN', '他们的Microsoft 365想让我们帮忙看着 别的不动 国际版的', { cloud: 'global', service: 'license', goal: 'support' }],
    ['zh-CN', '客户的Office 365账单不变 世纪互联版的 要我们做运维', { cloud: 'china', service: 'license', goal: 'support' }],
  ]);
});
