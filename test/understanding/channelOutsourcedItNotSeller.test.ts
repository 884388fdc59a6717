// Kind "whoseWords": "o Rodrigo, que é o TI terceirizado deles" is the customer's outsourced IT,
// not a third-party seller: "terceirizado" (outsourced) is no "terceiro". Read before: a third
// party beside the CSP partner that sold, the channel asked. A "fornecedor terceiro" still is one.
import { checkKind } from './kindCheck';

describe('kind: an outsourced ("terceirizado") IT is not a third-party seller', () => {
  checkKind([
    [
      'pt-BR',
      'O Rodrigo, que é o TI terceirizado deles, explicou que as assinaturas do Microsoft 365 vieram de outro parceiro CSP.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['pt-BR', 'A empresa terceirizada de suporte cuida do Azure, comprado direto da Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'As licenças do Office vieram de um fornecedor terceiro.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
