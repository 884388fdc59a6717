// A numbered list of tenants or companies, and a line naming the one item the ticket is about
// ("本次只处理第 2 个", "this ticket is only about item 1"): the other items' answers are other cases'.
import { checkKind } from './kindCheck';

describe('understanding: the one numbered item a ticket is about', () => {
  checkKind([
    [
      'zh-CN',
      '客户名下有两个租户：\n1. abc.partner.onmschina.cn —— 世纪互联版 Office 365 E1，直接从世纪互联买的\n2. abc-intl —— 国际版 Azure，走 EA\n本次只处理第 1 个，客户想让我们做运维，账单不变。',
      { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      '两家子公司：\n1）上海那家 —— Microsoft 365 E3，通过 MPSA 购买\n2）成都那家 —— Dynamics 365，从另一家 CSP 买的\n这次只谈第 2 家，客户要把订阅转到我们这边。',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Two tenants after the merger:\n1. contoso-old: Azure under an EA\n2. contoso-new: Microsoft 365 E5 bought from Microsoft online\nThis ticket is only about item 2, they want us to take over billing.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    // No item named: both items still speak, the channel is asked.
    [
      'zh-CN',
      '客户名下有两个租户：\n1. 甲租户 —— Office 365 E3，通过 MPSA 购买\n2. 乙租户 —— Office 365 E3，从另一家 CSP 买的\n客户想让我们做运维。',
      { service: 'license', goal: 'support' },
      ['channel'],
    ],
  ]);
});
