// Kind "correction": "vieram de uma revenda que só vende software, fora do CSP" says the seller is
// outside the CSP program after a clause about it, set off by a comma: a third party, as "uma
// revenda fora do CSP" is. Read before as no channel. Our own "somos uma revenda que…" is no seller.
import { checkKind } from './kindCheck';

describe('kind: a seller "que …, fora do CSP" is a third party', () => {
  checkKind([
    [
      'pt-BR',
      'Correção: as licenças não vieram de outro parceiro CSP, vieram de uma revenda que só vende software, fora do CSP. Querem só suporte.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'O Microsoft 365 foi comprado numa loja que vende de tudo, fora do programa CSP.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'Somos uma revenda que atende pequenas empresas, fora do CSP por enquanto.', {}],
  ]);
});
