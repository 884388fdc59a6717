// Bought "pelo portal de administração com o cartão": the admin portal sells straight from
// Microsoft, as its site does; and "só precisamos de ajuda pra configurar e manter" asks for support.
import { checkKind } from './kindCheck';

describe('bought in the admin portal by card; help to set up and keep running', () => {
  checkKind([
    [
      'pt-BR',
      'As licenças do Project foram compradas no portal de administração com o cartão do diretor. Querem só suporte.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Temos 8 licenças do Visio via EA. Não vamos mexer na cobrança, a gente só precisa de ajuda pra configurar.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);
});
