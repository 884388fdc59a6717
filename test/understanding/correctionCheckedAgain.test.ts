// A later check with the customer ("下午又跟客户确认了一遍", "刚才跟他们再核对了一下") takes back the
// goal said before it: what was checked again is the newest word. A check only planned ("我再跟客户
// 确认一下") takes back nothing.
import { checkKind } from './kindCheck';

describe('corrections: a later check with the customer replaces the earlier answer', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 想把计费转到我们这边。下午又跟客户确认了一遍：计费不动，我们只做运维。', { service: 'license', goal: 'support' }],
    ['zh-CN', 'Dynamics 365 客户说想让我们帮忙管理。刚才跟他们再核对了一下，要把订阅迁移过来。', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户想把 Microsoft 365 迁移到我们这边。我再跟客户确认一下。', { service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Клиент хотел перенести Office 365 к нам. Созвонился с ним еще раз: биллинг не трогаем, только поддержка.',
      { service: 'license', goal: 'support' },
    ],
  ]);
});
