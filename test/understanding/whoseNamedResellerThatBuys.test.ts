// Kind "whose": "a revenda Beta, que compra com a gente" — a reseller named, then what it does,
// is another party, as "a revenda que compra com a gente" is. Read before as the partner's own
// role beside "somos o distribuidor": the role was asked.
import { checkKind } from './kindCheck';

describe('kind: a named reseller that buys from us or serves the customer is not our role', () => {
  checkKind([
    ['pt-BR', 'Nós somos o distribuidor, a revenda Beta, que compra com a gente, vai acompanhar.', { goal: 'support', partnerType: 'indirectProvider' }],
    [
      'pt-BR',
      'Somos distribuidor; a revenda Contoso, que atende o cliente, pediu suporte no Office 365.',
      { service: 'license', goal: 'support', partnerType: 'indirectProvider' },
    ],
    ['pt-BR', 'Somos uma revenda pequena, que compra do distribuidor.', { partnerType: 'indirectReseller' }],
  ]);
});
