// A question put as a counterfactual ("se a prefeitura estivesse num EA, mudaria algo?") states
// nothing of where the customer buys: "estivesse", "estivessem" join "fosse" and "tivesse" as the
// verbs that set the rest of their sentence aside; the answer after it still answers.
import { checkKind } from './kindCheck';

describe('a counterfactual "se … estivesse" states nothing (pt-BR)', () => {
  checkKind([
    [
      'pt-BR',
      'Pergunta do edital: se a prefeitura estivesse num EA, mudaria alguma coisa? Resposta: hoje ela compra o Azure de outro parceiro CSP.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['pt-BR', 'E se eles estivessem no Open Value? Hoje o Visio vem de um EA.', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'A prefeitura está num EA e usa Azure.', { channel: 'ea', service: 'usage' }],
  ]);
});
