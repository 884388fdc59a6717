// A history whose lines open with a date written with dashes ("2025-03-18 …", "11-20 …") or a day
// and a bracket ("6/3（最新）…") orders like a log stamped with days: pasted newest on top, its
// newest entry decides.
import { checkKind } from './kindCheck';

describe('understanding: a log stamped with dashed dates, newest on top', () => {
  checkKind([
    [
      'zh-CN',
      '跟进记录\n2025-03-18 客户确认：Microsoft 365 是从另一家 CSP 买的，只要我们做支持。\n2025-03-02 销售猜是 EA 客户',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['zh-CN', '跟进（新→旧）\n11-20 客户说先不迁了，只要我们管理。\n11-12 客户同意把 Office 365 E3 迁到我们名下。', { service: 'license', goal: 'support' }],
    [
      'en-US',
      'History (newest first)\n2025-03-18 Customer confirmed they bought Microsoft 365 from another CSP partner, support only.\n2025-03-02 Sales guessed it is an EA',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
  ]);
});
