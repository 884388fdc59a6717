// "Que passemos a ser nós a facturar" (that we become the ones who bill) and "que seja a gente que
// fatura" move the billing to us, in European and Brazilian spelling.
import { checkKind } from './kindCheck';

describe('goal: we become the ones who bill', () => {
  checkKind([
    [
      'pt-BR',
      'Compraram o Microsoft 365 directamente à Microsoft. Querem que passemos a ser nós a facturar.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'O Microsoft 365 é do EA. O cliente quer que seja a gente que cobre daqui pra frente.', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
