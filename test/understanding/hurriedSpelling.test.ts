// Kind "typo": words a colleague reads at once though typed as heard or in chat spelling: "we r",
// "qdo", "partner centre", "adviser", program and product names spelt in Cyrillic as they sound
// («энтерпрайз агримент», «дайнемикс», «эксчейндж», «синдикейшн»), a seller before 买的 without
// 从. Near misses stay unread.
import { checkKind } from './kindCheck';

describe('kind: typo, a short word in chat spelling', () => {
  checkKind([
    ['en-US', 'we r direct bill partner, comercial partner centre', { cloud: 'global', partnerType: 'direct' }],
    [
      'pt-BR',
      'partner center da 21vianet, office 365 compraod com a gente qdo a gente era advisor, quer só suporte',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'клиент купил office 365 у 21вианет, нужна саппорт', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' }],
    ['zh-CN', '世纪互连买的office365 要转到我们这', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'move' }],
    ['hu-HU', 'usgov parnter center, exchnage online', { cloud: 'usgov', service: 'license' }],
    // "r" alone, or "adviser" said of a person, is no chat spelling of a program.
    ['en-US', 'r u sure? their financial adviser said Azure', { service: 'usage' }],
  ]);
});

describe('kind: typo, a product or program name spelt in Cyrillic as it sounds', () => {
  checkKind([
    [
      'ru-RU',
      'они покупали офис триста шестьдесят пять через энтерпрайз агримент и хотят перевести к нам',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'китайский партнер центр, клиент купил дайнемикс где-то в другом месте, не у нас', { cloud: 'china', channel: 'other', service: 'license' }],
    ['ru-RU', 'эксчейндж онлайн купили напрямую у майкрософт', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'синдикейшн партнер продал им офис 365', { channel: 'syndication', service: 'license' }],
    ['en-US', 'exchange online plan 2 bought via the adviser program', { channel: 'advisor', service: 'license' }],
  ]);
});

describe('kind: typo, 接受 typed for 接手 (same sound) when we are to take on the billing', () => {
  checkKind([
    ['zh-CN', '客户的订阅是从EA买的，m365 e5，想让我们接受计费', { channel: 'ea', service: 'license', goal: 'move' }],
    ['zh-CN', '想让我们来接受账单', { goal: 'move' }],
    // The customer accepting something is no goal of ours.
    ['zh-CN', '客户接受了报价，Office 365', { service: 'license' }],
    ['zh-CN', '客户接受计费', {}],
  ]);
});
