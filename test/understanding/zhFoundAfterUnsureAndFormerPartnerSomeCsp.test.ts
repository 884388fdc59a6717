// "一开始不记得是 A 还是 B；刚查到了：是 B": what was just found settles the either/or said before it.
// The former partner said to be some CSP ("原来的伙伴是杭州某 CSP", "原来的合作伙伴：北京某CSP") is another CSP.
import { checkKind } from './kindCheck';

describe('zh-CN: found after being unsure, the former partner some CSP', () => {
  checkKind([
    [
      'zh-CN',
      'Office 365 E1 每年续一次，不记得是微软直接开的票还是另一家代理商开的；刚找到了：是另一家 CSP 伙伴开的票。',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['zh-CN', '他们原来的伙伴是杭州某 CSP，已经不做了。Microsoft 365 想让我们来做运维。', { channel: 'otherCsp', service: 'license', goal: 'support' }],
  ]);
});
