// "Passar tudo pra gente" (hand everything over to us) is a move, as "passar pra gente" is; offered
// beside "só o suporte" and not decided, the goal is asked.
import { checkKind } from './kindCheck';

describe('goal: hand everything over to us', () => {
  checkKind([
    [
      'pt-BR',
      'O cliente quer passar tudo para a gente, Microsoft 365 comprado de outro parceiro CSP.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'Microsoft 365 pelo Open. Querem passar tudo pra gente ou só o suporte, ainda não decidiram.', { channel: 'open', service: 'license' }, ['goal']],
  ]);
});
