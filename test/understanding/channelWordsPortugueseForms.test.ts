// Portuguese words for a channel, a goal and a spoken name: bought "diretamente à Microsoft" (the
// European form of "da Microsoft"), a CSP partner "que perdeu a autorização" (still another CSP),
// "que a gente seja o help desk deles" (support), and EA spoken as letters after "pelo"/"via"
// ("pelo é a"). A help desk that is Microsoft's says nothing of the goal.
import { checkKind } from './kindCheck';

describe('Portuguese forms: channel, goal and spoken words', () => {
  checkKind([
    ['pt-BR', 'O cliente comprou as licenças do Office 365 diretamente à Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'O cliente comprou o Microsoft 365 de um parceiro CSP que perdeu a autorização.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'O Azure era de uma revenda que perdeu o credenciamento CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'Querem que a gente seja o help desk deles para o Microsoft 365.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'comprou o office pelo e a e quer migrar pra gente', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});

describe('Portuguese forms: lookalikes', () => {
  checkKind([
    ['pt-BR', 'O cliente abriu chamado no help desk da Microsoft sobre o Microsoft 365.', { service: 'license' }],
    ['pt-BR', 'o cliente e a empresa dele compraram Azure', { service: 'usage' }],
  ]);
});
