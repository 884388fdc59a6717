// Portuguese words saying nothing is settled: "não está decidido", "nada definido ainda", "cada um
// diz uma coisa", "ninguém confirma": the answers told before them are asked, not the last one taken.
import { checkKind } from './kindCheck';

describe('Portuguese: words saying the case is not settled', () => {
  checkKind([
    [
      'pt-BR',
      'O Exchange Online é EA. O financeiro falou em trazer o faturamento pra gente, mas a TI só quer suporte. Nada definido ainda.',
      { channel: 'ea', service: 'license' },
      ['goal'],
    ],
    [
      'pt-BR',
      'O Project Online: o diretor acha que querem só suporte, a gerente falou em migrar tudo pra gente. Não está decidido.',
      { service: 'license' },
      ['goal'],
    ],
    ['pt-BR', 'A diretoria diz que o Office 365 veio do EA, o financeiro diz que foi Open Value. Cada um fala uma coisa.', { service: 'license' }, ['channel']],
  ]);
});
