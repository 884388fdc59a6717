// Kind "channel-goal-words": "que a gente assuma a conta e passe a faturar" and the European
// "passar a faturação para nós" ask us to take the billing over (move). The first was read only
// when "passe a faturar" came right after "que a gente"; the second not at all: the goal was asked.
import { checkKind } from './kindCheck';

describe('kind: "and start billing them", "pass the billing to us" is the goal move', () => {
  checkKind([
    ['pt-BR', 'O Microsoft 365 veio de um EA. Querem que a gente assuma a conta e passe a faturar.', { channel: 'ea', service: 'license', goal: 'move' }],
    [
      'pt-BR',
      'Microsoft 365 do cliente veio pelo Open. O cliente pretende passar a faturação para nós.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'Office 365 comprado num EA; querem passar o faturamento pra gente.', { channel: 'ea', service: 'license', goal: 'move' }],
    // Said no to: no goal.
    ['pt-BR', 'Office 365 comprado num EA; não querem passar o faturamento pra gente.', { channel: 'ea', service: 'license' }],
  ]);
});
