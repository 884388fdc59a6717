// A tender item followed by the bidder's answer on its own line: the item's words are the buyer's
// requirement (a helpdesk, a hotline), not the goal; the answer below still states one, and a goal
// word on a line no answer follows keeps its reading.
import { checkKind } from './kindCheck';

describe("a tender's requirement above the bidder's answer", () => {
  checkKind([
    [
      'zh-CN',
      '第 2 条 现有 Office 365 通过企业协议购买。\n应答：我方会把订阅迁移到我方名下。\n\n第 5 条 提供全年技术支持热线。\n应答：满足。',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Item 9: a support helpdesk on workdays.\nBidder response: agreed.\n\nItem 4: the City buys Azure through Open Value today.',
      { channel: 'open', service: 'usage' },
    ],
    [
      'hu-HU',
      '2. A Microsoft 365-öt Open Value-n veszik.\n   Ajánlattevő válasza: átvesszük a számlázást.\n\n5. Ügyfélszolgálat és támogatás hétköznap.\n   Ajánlattevő válasza: vállaljuk.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    ['zh-CN', '客户的 Office 365 通过企业协议购买。\n我们只做技术支持。', { channel: 'ea', service: 'license', goal: 'support' }],
    ['en-US', 'Item 9: a support helpdesk on workdays.', { goal: 'support' }],
  ]);
});
