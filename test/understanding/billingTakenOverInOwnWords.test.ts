// Taking over the billing said in the speaker's own words is a move: a dialect's spelling of
// "take it over, billing and all", the English "billing" inside Portuguese, "start handling the
// billing", "the bill starts coming from us", and Chinese "the bill taken over" with the bill first.
import { checkKind } from './kindCheck';

describe('taking over the billing in the speaker’s own words', () => {
  checkKind([
    [
      'en-US',
      "Ma client's got Microsoft 365 frae a computer shop. They'd like us tae tak it ower, billin an aw.",
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    ['en-US', 'The shop down the road sold them Office 365 and they want us to take it over, billing and all.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'A loja vendeu o Office 365 para eles. Agora pedem que a gente assuma o billing das licenças.', { service: 'license', goal: 'move' }],
    [
      'pt-BR',
      'Compraram Microsoft 365 de uma loja; querem que passemos a cuidar do faturamento a partir de março.',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'A empresa usa Dynamics 365 e a fatura das assinaturas passa a sair da nossa empresa no próximo mês.', { service: 'license', goal: 'move' }],
    // Billing left where it is stays support.
    [
      'pt-BR',
      'O Microsoft 365 foi comprado numa papelaria e eles querem só suporte; o faturamento continua onde está.',
      { service: 'license', goal: 'support' },
    ],
    ['zh-CN', '客户的 Microsoft 365 是在一家电脑城买的，想让我们把计费接过去。', { channel: 'thirdParty', service: 'license', goal: 'move' }],
    ['zh-CN', '客户在网店买的 Office 365，账单还是那边出，我们只负责日常维护。', { channel: 'thirdParty', service: 'license', goal: 'support' }],
  ]);
});
