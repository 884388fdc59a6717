// Portuguese doubts left open (pt-BR lexicon: `negation.hedges`, `structure.undecided`, cloud
// global and goal move words): "não dá pra saber se …" doubts what follows it; a second party's
// claim after a comma ("…, o financeiro deles diz Open") is one side of a disagreement, not a
// fact; "a gerente jura que é GCC, o TI garante que é comercial" names both clouds; "ainda está
// decidindo se … ou se passam as licenças e o faturamento pra nós" leaves the goal open. Written
// for these tests.
import { checkKind, checkRead } from './kindCheck';

describe('Portuguese: doubts left open are asked', () => {
  checkRead([
    [
      'pt-BR',
      'Pela nota não dá pra saber se o fornecedor usou Open License. Dynamics 365, 12 usuários.',
      { service: 'license' },
      { hedged: { channel: 'open' } },
    ],
    ['pt-BR', 'Office 365 E1, 40 usuários. O dono fala em CSP, o contador deles diz Open.', { service: 'license' }, { hedged: { channel: 'open' } }],
  ]);
  checkKind([
    ['pt-BR', 'A filial usa Azure. A gerente de lá jura que o tenant é GCC, o TI daqui garante que é comercial.', { service: 'usage' }, ['cloud']],
    [
      'pt-BR',
      'O sócio ainda está decidindo se a gente só administra o Microsoft 365 ou se passam as licenças e o faturamento pra nós.',
      { service: 'license' },
      ['goal'],
    ],
  ]);
});
