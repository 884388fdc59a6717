// "Either on the EA or on <a long description the reader cannot read>. Checked: the latter." A
// reference after the two options shows they were two, however long the second; it keeps the
// side it names, and is looked for after the second option's end as well as after its "or".
import { checkKind } from './kindCheck';

describe('either/or: a long second option settled by a reference', () => {
  checkKind([
    [
      'en-US',
      'Their Azure is either on the EA or on some subscription the old IT manager set up years ago before he left the company. It is the latter.',
      { service: 'usage' },
    ],
    [
      'en-US',
      'Their Azure is either on the EA or on some subscription the old IT manager set up years ago before he left. We looked at it together this morning, it is the latter.',
      { service: 'usage' },
    ],
    [
      'en-US',
      'Their Azure is either on the EA or on some subscription the old IT manager set up years ago before he left the company. It is the first one.',
      { channel: 'ea', service: 'usage' },
    ],
    [
      'pt-BR',
      'O Azure deles ou está no EA ou numa assinatura que o antigo gerente de TI montou anos atrás antes de sair da empresa. Conferi com eles: é a segunda.',
      { service: 'usage' },
    ],
    [
      'pt-BR',
      'O Azure deles ou está no EA ou numa assinatura que o antigo gerente de TI montou anos atrás antes de sair da empresa. Conferi com eles: é a primeira.',
      { channel: 'ea', service: 'usage' },
    ],
  ]);
});
