// Kind "channel words": the customer's reseller "de antes" is its old one (as "a antiga revenda"
// is), another CSP; "cujo fornecedor atual é um CSP de faturamento direto" describes the
// customer's supplier, whose direct billing is no role of ours; "a TechPoint, revenda nossa" is a
// reseller under us, not our role.
import { checkKind } from './kindCheck';

describe('kind: channel words, the reseller of before and a supplier described as a CSP', () => {
  checkKind([
    ['pt-BR', 'O Microsoft 365 foi comprado com a revendedora de antes.', { channel: 'otherCsp', service: 'license' }],
    [
      'pt-BR',
      'Somos distribuidor. A revenda nossa tem um cliente cujo fornecedor atual é um CSP de faturamento direto, e o cliente quer suporte no Microsoft 365.',
      { channel: 'otherCsp', service: 'license', goal: 'support', partnerType: 'indirectProvider' },
    ],
    ['pt-BR', 'Somos distribuidor. A TechPoint, revenda nossa, atende o cliente.', { partnerType: 'indirectProvider' }],
  ]);
});
