// A Chinese doubt said as a clause of its own after the answers ("EA 买的，他们也不太确定，只要我们支持")
// doubts those answers, not the goal said in the next clause; "记不清楚" is such a doubt whole.
import { checkRead } from './kindCheck';

describe('kind: spoken, a closing doubt in a clause of its own looks back (Chinese)', () => {
  checkRead([
    ['zh-CN', '客户是通过 EA 买的，他们也不太确定，只要我们支持。Office 365。', { service: 'license', goal: 'support' }, { hedged: { channel: 'ea' } }],
    [
      'zh-CN',
      '客户的 Office 365 是在官网买的还是通过 EA 买的，他们自己也记不清楚；只想让我们帮忙运维。',
      { service: 'license', goal: 'support' },
      { conflicts: ['channel'] },
    ],
  ]);
});
