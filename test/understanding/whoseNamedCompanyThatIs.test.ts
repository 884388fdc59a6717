// Kind "whose": "era a NetSul, que é revenda da Ingram" — a company named, then "que é" and a
// role, is that company's role, even with an aside in brackets before it. Read before as the
// partner's own role beside "somos o distribuidor": the role was asked.
import { checkKind } from './kindCheck';

describe('kind: a role said of a named company with "que é" is that company\'s', () => {
  checkKind([
    [
      'pt-BR',
      'O parceiro anterior do cliente (Mercado Bom Preço) era a NetSul, que é revenda da Ingram. Somos o distribuidor.',
      { channel: 'otherCsp', partnerType: 'indirectProvider' },
    ],
    ['pt-BR', 'Quem atendia o cliente (uma clínica) era a Alfa TI, que é revenda indireta. Nós somos T1.', { partnerType: 'direct' }],
    ['pt-BR', 'Somos a Contoso, que é revenda indireta.', { partnerType: 'indirectReseller' }],
  ]);
});
