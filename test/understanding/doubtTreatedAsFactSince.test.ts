// "既然是当年从我们这买的" (since it was bought from us back then) goes on treating a doubted purchase
// as fact: the doubt before it is settled, as a check said after it is. "既然不确定" (since it's not
// certain) settles nothing.
import { checkRead } from './kindCheck';

describe('hedge: a doubted purchase the speaker goes on treating as fact', () => {
  checkRead([
    [
      'zh-CN',
      '客户的 Office 365 大概是以前从我们这买的，那时候我们还在做 Advisor。既然是当年从我们这买的，客户想让我们运维。世纪互联的 Partner Center。',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license', goal: 'support' },
      {},
    ],
    ['zh-CN', 'Office 365 估计是 Open 买的。既然不确定，先看看发票。', { service: 'license' }, { hedged: { channel: 'open' } }],
  ]);
});
