// Kind "variant": European Portuguese buys "ao distribuidor", "à distribuidora" (from the
// distributor) where Brazilian Portuguese buys "do distribuidor": the partner is the reseller
// buying through a distributor, not the distributor itself.
import { checkKind } from './kindCheck';

describe('kind: buying "ao distribuidor" makes us the indirect reseller', () => {
  checkKind([
    [
      'pt-BR',
      'Compramos ao distribuidor; o cliente tem Azure com outro parceiro CSP.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'Nós compramos à distribuidora as licenças todas.', { service: 'license', partnerType: 'indirectReseller' }],
    ['pt-BR', 'Somos revendedores, compramos do distribuidor.', { partnerType: 'indirectReseller' }],
  ]);
});
