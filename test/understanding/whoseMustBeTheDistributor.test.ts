// Kind "whose": "tem que ser a distribuidora", "precisa ser o distribuidor" names who must act
// (another party), not the partner's role. Read before as the partner being the distributor
// beside its own "somos revenda indireta": the role was asked.
import { checkKind } from './kindCheck';

describe('kind: the party that has to do it is not our role', () => {
  checkKind([
    [
      'pt-BR',
      'A gente é revenda indireta. Não sei se a gente consegue pedir a transferência ou se tem que ser a distribuidora.',
      { partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'Somos revenda, compramos do distribuidor; o pedido no portal precisa ser o distribuidor que faz?', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Somos distribuidor.', { partnerType: 'indirectProvider' }],
  ]);
});
