// Kind "goal words": moving both the management and the billing to the partner ("transferir a
// gestão e a cobrança") is a move: the billing goes with it. Read alone, the management word
// made it support, or a conflict.
import { checkKind } from './kindCheck';

describe('kind: goal words, management and billing moved to us', () => {
  checkKind([
    ['pt-BR', 'Querem transferir pra gente a gestão e a cobrança do Microsoft 365.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Eles querem passar o faturamento e o suporte para nós.', { goal: 'move' }],
    // Kept where they are, they move nothing.
    ['pt-BR', 'Querem só o nosso suporte; a gestão e a cobrança ficam como estão.', { goal: 'support' }],
  ]);
});
