// A subscription the customer set up with a card on the website or in the portal is bought
// from Microsoft itself ("criaram com cartão no site", "criada no portal …, no cartão"); a card
// on a shop's site ("no site da loja") is not.
import { checkKind } from './kindCheck';

describe('channel: set up with a card on the website', () => {
  checkKind([
    ['pt-BR', 'O Azure é uma assinatura que o antigo TI criou com cartão de crédito no site.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'A assinatura do Azure foi feita no portal pelo estagiário deles, no cartão.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Compraram o Microsoft 365 com cartão no site de uma loja de informática.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Their Azure is a pay-as-you-go sub they set up themselves on the website.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
