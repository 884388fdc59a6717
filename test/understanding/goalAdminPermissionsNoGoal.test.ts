// "管理权限" (admin permissions, as in delegated admin) names a permission, not the wish to have
// the tenant looked after: it sets no goal, and a reply that only mentions it leaves the goal
// said before it standing.
import { checkKind } from './kindCheck';

describe('kind: goal, "admin permissions" is no wish to manage', () => {
  checkKind([
    [
      'zh-CN',
      '客户的 Office 365 是在微软官网买的，想把账单转到我们名下。注意多渠道只给委派管理权限。',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '[10:02] 小王：客户的 Microsoft 365 是 EA 买的，他们想把订阅转到我们名下\n[10:05] 小李：好的，我先去申请管理权限',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    // Control: "管理员" was never a goal either.
    ['zh-CN', '客户用的是 Microsoft 365，我们已经拿到管理员权限了。', { service: 'license' }],
    [
      'en-US',
      'The customer wants us to take over billing for their Office 365. Note: GDAP only gives us delegated admin permissions.',
      { service: 'license', goal: 'move' },
    ],
  ]);
});
