// A pasted table (TSV, CSV, space-aligned columns, a customer list) with rows of another customer,
// tenant or product, and a comment that names the rows the case is about by their first cell's
// words («Речь про Каспий Трейд», "the ticket is Harbor Mills only", "csak a Szegedi Pékség"), or
// sets rows aside ("the Oakridge rows are a different customer"): only the rows picked answer.
import { checkKind } from './kindCheck';

describe('understanding: the rows of a pasted table the comment picks', () => {
  checkKind([
    [
      'ru-RU',
      'Выгрузка из CRM, там два клиента:\nКлиент\tПродукт\tКанал\nАО «Каспий Трейд»\tMicrosoft 365 E3\tEnterprise Agreement\nООО «Волга Агро»\tMicrosoft 365 E5\tOpen Value\nРечь про Каспий Трейд, нужна только поддержка.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Тенант                    Продукт                     Канал\nalfaprint.onmicrosoft.com   Microsoft 365 бизнес премиум   у Microsoft напрямую\nalfalogist.onmicrosoft.com  Microsoft 365 E3              EA\nПо alfaprint клиент хочет перевести биллинг к нам.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Export from our CRM, it has both accounts. The ticket is Harbor Mills only.\n\nAccount        Product                   Qty   Source\nHarbor Mills   Microsoft 365 E3          40    EA\nHarbor Mills   Visio Plan 2              5     EA\nOakridge Farm  Microsoft 365 E5          12    Open Value',
      { channel: 'ea', service: 'license' },
    ],
    [
      'en-US',
      'Account        Product                   Qty   Source\nHarbor Mills   Microsoft 365 E3          40    EA\nOakridge Farm  Microsoft 365 E5          12    Open Value\nOakridge Farm  Visio Plan 2              3     Open Value\n\nThe Oakridge rows, different customer. They want support only.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Ügyfél\tTermék\tForrás\nSzegedi Pékség Kft.\tMicrosoft 365 Business Basic\tEA\nMakói Hagyma Zrt.\tMicrosoft 365 E3\tOpen Value\nEz a jegy csak a Szegedi Pékségé.',
      { channel: 'ea', service: 'license' },
    ],
    // A Chinese comment picks a row by its Latin product name, written against the Chinese words around it.
    [
      'zh-CN',
      '产品,数量,来源\nDynamics 365 Sales,15,Open Value\nPower BI Pro,40,微软直付\n客户说这回只交给我们Power BI，下周开始。',
      { channel: 'microsoft', service: 'license' },
    ],
    // No row named: both rows still speak, the channel is asked.
    [
      'ru-RU',
      'Клиент\tПродукт\tКанал\nАО «Каспий Трейд»\tMicrosoft 365 E3\tEnterprise Agreement\nООО «Волга Агро»\tMicrosoft 365 E5\tOpen Value\nНужна поддержка.',
      { service: 'license', goal: 'support' },
      ['channel'],
    ],
  ]);
});
