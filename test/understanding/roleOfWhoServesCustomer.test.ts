// Kind "whose words": "quem atende é a revenda X" (whoever serves them is reseller X) names
// another party's role, like "a revenda que atende": the partner's own role said beside it
// stands alone, with no conflict.
import { checkKind } from './kindCheck';

describe('kind: whose words, the role of whoever serves the customer is not ours', () => {
  checkKind([
    ['pt-BR', 'Nós somos distribuidor, quem está atendendo é a revenda Alfa.', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'A gente é distribuidora; quem vendeu foi a revenda Beta.', { partnerType: 'indirectProvider' }],
    // Said of us, it stays ours.
    ['pt-BR', 'Somos revenda T2, quem atende é a gente.', { partnerType: 'indirectReseller' }],
  ]);
});
