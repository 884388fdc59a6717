// Taking over the billing said in a dialect's spelling ("tak it ower, billin an aw") is a move, as
// the plain English is. Billing taken over with no one said to take it, or by another party (the
// distributor, the customer's new CSP), moves nothing: Portuguese and Chinese wordings that did not
// check who takes the bill over were tried and taken out.
import { checkKind } from './kindCheck';

describe('taking over the billing in the speaker’s own words', () => {
  checkKind([
    [
      'en-US',
      "Ma client's got Microsoft 365 frae a computer shop. They'd like us tae tak it ower, billin an aw.",
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    ['en-US', 'The shop down the road sold them Office 365 and they want us to take it over, billing and all.', { service: 'license', goal: 'move' }],
    [
      'pt-BR',
      'Somos revenda indireta; a distribuidora assume o billing das licenças. O cliente tem Office 365 via EA.',
      { channel: 'ea', service: 'license', partnerType: 'indirectReseller' },
    ],
    // Billing left where it is stays support.
    [
      'pt-BR',
      'O Microsoft 365 foi comprado numa papelaria e eles querem só suporte; o faturamento continua onde está.',
      { service: 'license', goal: 'support' },
    ],
    ['zh-CN', '客户用的是 Office 365，EA 购买的，到期以后微软会把账单接过去。', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户在网店买的 Office 365，账单还是那边出，我们只负责日常维护。', { channel: 'thirdParty', service: 'license', goal: 'support' }],
  ]);
});
