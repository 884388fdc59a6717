// "Mas não é esse o assunto", "esse não é o foco": the speaker sets aside what the clause before
// said, as "isso não vem ao caso" does. Read as said, the product set aside stood beside the one
// the message is about and the service was asked.
import { checkKind } from './kindCheck';

describe('kind: rambling, "não é esse o assunto" sets aside the clause before it', () => {
  checkKind([
    ['pt-BR', 'O Office 2019 deles é licença perpétua, mas esse não é o assunto: querem trazer o Azure do EA pra gente.', { channel: 'ea', service: 'usage' }],
    [
      'pt-BR',
      'Tem também umas licenças de Dynamics 365, mas não é esse o foco. O Azure foi contratado direto com a Microsoft, no cartão.',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});
