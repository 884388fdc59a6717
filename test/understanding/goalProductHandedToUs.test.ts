// Portuguese: "passar o Exchange pra gente" (hand the product over to us) is the move, as
// "passar as licenças pra gente" is. "Pra gente administrar" (for us to run it) is what we would do
// with it, not where it is billed; and a thing handed over that is no product ("o e-mail") says nothing.
// The mention is the verb "passar", so a "não" before it reaches it past a long product name.
import { checkKind } from './kindCheck';

describe('goal: the product handed over to us is a move', () => {
  checkKind([
    ['pt-BR', 'O cliente quer passar o Office 365 pra gente no mês que vem.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Vão passar o Dynamics 365 Sales para nós, saindo da outra revenda CSP.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['pt-BR', 'Querem passar o Microsoft 365 pra gente cuidar do dia a dia.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Me passa o e-mail pra gente marcar a reunião.', {}],
    ['pt-BR', 'Eles não querem passar o Microsoft 365 Business Premium pra nós.', { service: 'license' }],
    ['pt-BR', 'Não querem mais passar o Office 365 pra gente.', { service: 'license' }],
  ]);
});
