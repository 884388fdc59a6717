// "Uma fatura só com a gente" (one invoice, with us) puts the billing with us: a move.
import { checkKind } from './kindCheck';

describe('goal: one invoice with us', () => {
  checkKind([
    ['pt-BR', 'O Microsoft 365 vem pelo Open. Querem uma fatura única, tudo conosco.', { channel: 'open', service: 'license', goal: 'move' }],
    ['pt-BR', 'Querem nota só com a gente para o Microsoft 365.', { service: 'license', goal: 'move' }],
  ]);
});
