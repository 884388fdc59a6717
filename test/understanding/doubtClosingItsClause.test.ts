// Doubt in Chinese: "不确定" or "不清楚" closing a clause that holds an answer doubts that answer
// ("Open 还是 EA 不确定"), not the answer of the next clause ("客户只要支持").
import { checkKind, checkDoubted } from './kindCheck';

describe('doubt: a doubt closing its clause doubts what that clause said', () => {
  checkKind([
    ['zh-CN', 'Office 365，Open 还是 EA 不确定，客户只想要日常支持。', { service: 'license', goal: 'support' }, ['channel']],
    ['zh-CN', '客户的 Dynamics 365 是 EA 还是 MPSA 不清楚，他们想转到我们这边。', { service: 'license', goal: 'move' }, ['channel']],
  ]);
  checkDoubted([['zh-CN', '客户的 Office 365 走 EA 不太确定，他们想让我们来管理。', { service: 'license', goal: 'support' }, { channel: 'ea' }]]);
});
