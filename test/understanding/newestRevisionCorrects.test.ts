// A page pasted with its revision history: the newest revision that says it corrects an older one
// wins over that older revision's value, in whatever order the lines stand. A newer revision that
// only changes a value, without saying it corrects it, replaces nothing: both values are asked.
import { checkKind } from './kindCheck';

describe('the newest revision that corrects an older one wins', () => {
  checkKind([
    [
      'en-US',
      'Account notes – Fernhill Dairy\nrev 2: bought under an Enterprise Agreement\nrev 4 (Dana): corrected, it is Open Value; the older line came from a sister company\nProduct: Power BI Pro',
      { channel: 'open', service: 'license' },
    ],
    [
      'en-US',
      'Account page: Saltmarsh Ltd\nv7 (Jo): fixed the cloud, commercial Partner Center after all\nv6: cloud = 21Vianet\nWorkload: Azure VMs',
      { cloud: 'global', service: 'usage' },
    ],
    [
      'ru-RU',
      'Карточка клиента «Северный порт»\nред. 1: канал — Open Value\nред. 2: исправлено, у них Enterprise Agreement с 2022 года\nПродукт: Power BI Pro',
      { channel: 'ea', service: 'license' },
    ],
    [
      'ru-RU',
      'Вики-страница «Вектор-Строй»\nверсия 4: облако под управлением 21Vianet\nверсия 5 (исправлено): коммерческое облако, ред. 4 ошибочна\nНагрузка: виртуальные машины Azure',
      { cloud: 'global', service: 'usage' },
    ],
    [
      'zh-CN',
      '客户页面：某物流公司\n第3版：渠道 = Open Value\n第4版（更正）：是企业协议，不是 Open Value\n产品：Power BI Pro',
      { channel: 'ea', service: 'license' },
    ],
    [
      'pt-BR',
      'Página do cliente: Laticínios Serra Azul\nrev 1: canal = Open Value\nrev 2 (corrigido): é Enterprise Agreement desde 2022\nProduto: Power BI Pro',
      { channel: 'ea', service: 'license' },
    ],
    [
      'hu-HU',
      'Ügyféllap: Tiszai Malom Kft.\n1. vált.: csatorna = Open Value\n2. vált. (javítva): Nagyvállalati Szerződés 2022 óta\nTermék: Power BI Pro',
      { channel: 'ea', service: 'license' },
    ],
    ['zh-CN', '客户页面：某物流公司\n第4版（更正）：企业协议\n第3版：渠道 = Open Value\n产品：Power BI Pro', { channel: 'ea', service: 'license' }],
    [
      'pt-BR',
      'Página do cliente: Laticínios Serra Azul\nrev 2 (corrigido): Enterprise Agreement desde 2022\nrev 1: canal = Open Value\nProduto: Power BI Pro',
      { channel: 'ea', service: 'license' },
    ],
    [
      'en-US',
      'Account page: Brookside Clinic\nrev 1: Azure bought from a syndication partner\nrev 2: corrected, that syndication reference was wrong; they pay Microsoft directly by card',
      { channel: 'microsoft', service: 'usage' },
    ],
    // Near misses: a newer revision that only changes the value, or one that is not a revision line, replaces nothing.
    [
      'en-US',
      'Account notes – Fernhill Dairy\nrev 2: bought under an Enterprise Agreement\nrev 3: Open Value per someone in sales\nProduct: Power BI Pro',
      { service: 'license' },
      ['channel'],
    ],
    [
      'ru-RU',
      'Карточка клиента «Северный порт»\nред. 1: канал — Open Value\nред. 2: поменяли на Enterprise Agreement, источник неизвестен\nПродукт: Power BI Pro',
      { service: 'license' },
      ['channel'],
    ],
    [
      'hu-HU',
      'Ügyféllap: Tiszai Malom Kft.\n1. vált.: csatorna = Open Value\n2. vált.: átírva Nagyvállalati Szerződésre\nTermék: Power BI Pro',
      { service: 'license' },
      ['channel'],
    ],
  ]);
});
