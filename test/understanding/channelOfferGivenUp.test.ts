// Portuguese: another seller that only made an offer the customer gave up on ("um outro
// fornecedor que oferecia preço melhor, mas desistiram") sold nothing: it is no channel. Bought
// from, it still is one.
import { checkKind } from './kindCheck';

describe('channel: an offer given up on is no seller', () => {
  checkKind([
    ['pt-BR', 'O Microsoft 365 foi pelo programa Advisor. Uma outra empresa propôs desconto, mas eles recusaram.', { channel: 'advisor', service: 'license' }],
    ['pt-BR', 'Azure direto da Microsoft; teve outro fornecedor que cotou mais barato e não fecharam.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'As licenças do Office 365 vieram de outro fornecedor que ofereceu desconto.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
