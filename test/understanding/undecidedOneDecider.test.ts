// "O dono ainda não decidiu", one person who has not decided, leaves the goal open as "ainda não
// decidiram" does: the two goals it names are asked about, and the goal said earlier in the
// message does not stand. Only the plural was read, so the earlier goal was kept.
import { checkKind } from './kindCheck';

describe('kind: hedge, one person undecided between two goals leaves the goal open', () => {
  checkKind([
    [
      'pt-BR',
      'Office 365 da loja, querem passar o faturamento pra gente. Mas o sócio ainda não decidiu entre suporte e migração.',
      { service: 'license' },
      ['goal'],
    ],
    ['pt-BR', 'Microsoft 365 deles, querem só suporte. A diretora não definiu ainda: suporte ou transferência?', { service: 'license' }, ['goal']],
  ]);
});
