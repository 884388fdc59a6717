// "Assume tudo, inclusive a cobrança" (everything, billing included) takes over the billing: a
// move. Billing that "fica com a Microsoft", billing included, is no move.
import { checkKind } from './kindCheck';

describe('goal: taking over everything, billing included', () => {
  checkKind([
    ['pt-BR', 'Querem que a gente assuma o Microsoft 365, inclusive a cobrança.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'a gente assume tudo inclusive a cobrança do office trezentos e sessenta e cinco', { service: 'license', goal: 'move' }],
    [
      'pt-BR',
      'A gente só administra o Microsoft 365; tudo inclusive a cobrança fica com a Microsoft.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
  ]);
});
