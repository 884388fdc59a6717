// Kind "whose": "a revenda que trouxe o cliente", "a revenda que compra com a gente" is another
// party (the reseller under the distributor speaking), as "a revenda que atende eles" is. Read
// before as the partner's own role beside "somos o distribuidor": the role was asked.
import { checkKind } from './kindCheck';

describe('kind: the reseller that brought the customer or buys from us is not our role', () => {
  checkKind([
    ['pt-BR', 'Somos o distribuidor aqui; a revenda que trouxe o cliente compra com a gente.', { partnerType: 'indirectProvider' }],
    [
      'pt-BR',
      'Nós somos distribuidor. A revenda que indicou o cliente quer que a gente ajude no suporte do Office 365.',
      { service: 'license', goal: 'support', partnerType: 'indirectProvider' },
    ],
    ['pt-BR', 'Somos a revenda que compra do distribuidor.', { partnerType: 'indirectReseller' }],
  ]);
});
