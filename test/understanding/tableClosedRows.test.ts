// A licensing table pasted from a report: a row whose status cell says it no longer holds is
// background, answering only what no row that holds does; the words of that status column are
// statuses, not answers ("open" there is no Open licence).
import { checkKind } from './kindCheck';

describe('kind: licensing table, rows marked closed or superseded', () => {
  checkKind([
    [
      'en-US',
      'Seat inventory\nProduct | Seats | Bought from | Status\nMicrosoft 365 E3 | 60 | Open Value agreement | superseded by row 3\nProject Plan 3 | 4 | Softchoice | closed\nMicrosoft 365 E3 | 60 | Enterprise Agreement since 2025 | open',
      { channel: 'ea', service: 'license' },
    ],
    [
      'ru-RU',
      'Реестр подписок\n№ | Продукт | Канал | Статус\n1 | Azure | карта, напрямую у Microsoft | заменено строкой 3\n2 | Azure DevOps | — | закрыто\n3 | Azure | Enterprise Agreement | действует',
      { channel: 'ea', service: 'usage' },
    ],
    [
      'zh-CN',
      '许可清单\n序号 | 产品 | 来源 | 状态\n1 | Office 365 E3 | 另一家 CSP 合作伙伴 | 已作废（见第 3 行）\n2 | Visio | — | 已关闭\n3 | Office 365 E3 | 微软官网直接购买 | 未关闭',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'pt-BR',
      'Inventário de licenças\nItem | Produto | Origem | Status\n1 | Microsoft 365 Business Standard | site da Microsoft, cartão | substituído pelo item 2\n2 | Microsoft 365 Business Standard | Enterprise Agreement do grupo | aberto',
      { channel: 'ea', service: 'license' },
    ],
    [
      'hu-HU',
      'Licencnyilvántartás\nSor | Termék | Beszerzés | Státusz\n1 | Microsoft 365 E3 | Open Value szerződés | felülírva (ld. 2. sor)\n2 | Microsoft 365 E3 | másik CSP partner | érvényes',
      { channel: 'otherCsp', service: 'license' },
    ],
    // Only a row that is closed: its answers stand, nothing else says otherwise.
    ['en-US', 'Product | Bought from | Status\nMicrosoft 365 E3 | Enterprise Agreement | closed', { channel: 'ea', service: 'license' }],
    // "未关闭" (not closed) opens with no word of a closed status: the row holds.
    ['zh-CN', '产品 | 来源 | 状态\nOffice 365 E3 | 微软官网直接购买 | 未关闭', { channel: 'microsoft', service: 'license' }],
    // A table of three columns, its status first and its rows each opening with an answer.
    [
      'en-US',
      'Status | Bought from | Product\nsuperseded | Open Value | Office 365 E3\nactive | Enterprise Agreement | Office 365 E3',
      { channel: 'ea', service: 'license' },
    ],
    ['en-US', 'Open Value | Office 365 E3 | superseded\nEnterprise Agreement | Office 365 E3 | active', { channel: 'ea', service: 'license' }],
    // Two cells are no table ("Ticket 4411 | closed: …", a signature "Name | team"): what the second says stands.
    ['en-US', 'Ticket 4411 | closed: Office 365 bought via Open Value, the customer wants support', { channel: 'open', service: 'license', goal: 'support' }],
  ]);
});
