// Portuguese: a subscription that "passa pra gente" (comes over to us) is a move, unless what is
// passed is a list, a number or data ("passa pra gente a lista"); someone "pra ligar quando" a
// product breaks is a support wish.
import { checkKind } from './kindCheck';

describe('Portuguese: "passa pra gente", someone to call when it breaks', () => {
  checkKind([
    ['pt-BR', 'Cliente com Open Value e Microsoft 365 E3; passa pra gente quando o contrato vencer.', { channel: 'open', service: 'license', goal: 'move' }],
    ['pt-BR', 'O cliente passa pra gente a lista de usuários amanhã. Azure.', { service: 'usage' }],
    ['pt-BR', 'Querem uma pessoa para chamar quando der problema no Outlook.', { service: 'license', goal: 'support' }],
  ]);
});
