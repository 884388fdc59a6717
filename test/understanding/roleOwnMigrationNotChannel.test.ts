// Kind "whoseWords": "a gente tá no meio da migração de indireto pra direto com a Microsoft" is the
// partner's own change of role, not the customer's purchase from Microsoft nor a wish to move the
// subscriptions. Read before: channel Microsoft beside the CSP partner that sold, and a move.
import { checkKind } from './kindCheck';

describe('kind: our "migração de indireto pra direto" is no channel and no goal', () => {
  checkKind([
    [
      'pt-BR',
      'O Office 365 deles veio de outro parceiro CSP. A gente tá no meio da migração de indireto pra direto com a Microsoft. Querem suporte.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'Estamos passando de revenda para direto; o cliente comprou o Azure direto da Microsoft.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
