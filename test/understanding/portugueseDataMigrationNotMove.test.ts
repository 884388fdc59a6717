// Moving mail or files ("migração de PST", "migrar as caixas postais") is work on the tenant, not the
// subscription moved to us: it asks for no move; "migrar o Microsoft 365 pra gente" still does.
import { checkKind } from './kindCheck';

describe('Portuguese: a data migration is no move', () => {
  checkKind([
    [
      'pt-BR',
      'Eles seguem pagando o Office 365 E3 pra outra revenda. Querem que a gente cuide do dia a dia: usuários, grupos e migração de PST dos notebooks antigos.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'Querem migrar o Microsoft 365 Business Standard pra gente no mês que vem.', { service: 'license', goal: 'move' }],
  ]);
});
