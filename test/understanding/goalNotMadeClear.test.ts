// "没说清楚是…还是…": the customer did not make clear which of the two it wants, so the goal
// named inside is asked, not read, though one of the two was said before as the wish.
import { checkKind } from './kindCheck';

describe('kind: doubt, a goal the customer did not make clear is asked', () => {
  checkKind([
    ['zh-CN', 'Office 365 在微软官网买的。客户没说清楚是只要运维还是要把订阅转过来。', { channel: 'microsoft', service: 'license' }, ['goal']],
    [
      'zh-CN',
      '客户想让我们“接过来”，可没讲清楚是只管运维，还是账单也转过来。Microsoft 365，从别的 CSP 买的。',
      { channel: 'otherCsp', service: 'license' },
      ['goal'],
    ],
  ]);
});
