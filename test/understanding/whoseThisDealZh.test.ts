// "这单" (this deal) names this case as "这个客户" does: a role said for this deal is this case's,
// so two people each giving this deal's role leave it to be asked, and this deal's role beats the
// general one. Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: whose, "这单" names this case', () => {
  checkKind([
    [
      'zh-CN',
      '商务说我们这单是间接经销商，走总代；财务说签这个客户用的是我们的直签账号。Office 365 是从别的 CSP 买的。',
      { channel: 'otherCsp', service: 'license' },
      ['partnerType'],
    ],
    ['zh-CN', '我们平时是分销商，这单是直签。客户的 Azure 是从微软官网买的。', { channel: 'microsoft', service: 'usage', partnerType: 'direct' }],
  ]);
});
