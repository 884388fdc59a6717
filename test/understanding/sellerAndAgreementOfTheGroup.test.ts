// Whose words: the customer's Azure "走的是集团总部跟微软签的…大企业协议" runs on the agreement its
// group's headquarters signed, which is this customer's channel (an EA the headquarters signed for
// itself, beside the customer's own MPSA, stays the headquarters'); and the IT firm that "sends them
// the Azure invoice every month" ("manda a fatura do Azure") is the seller, not another case.
import { checkKind } from './kindCheck';

describe('the group’s agreement and the firm that bills them (whose words)', () => {
  checkKind([
    ['zh-CN', '客户的Azure走的是集团总部跟微软签的那个三年期大企业协议。', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '这家子公司走的是 MPSA，EA 是总部签的。', { channel: 'open' }],
    [
      'pt-BR',
      'A empresa de TI que manda a fatura do Azure todo mês é parceira de nuvem da Microsoft, no mesmo programa que a gente.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['pt-BR', 'A empresa de TI deles cuida da rede. O Azure foi comprado direto da Microsoft.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
