// "A fatura continua como está" (the billing stays as it is) beside help with the tenant leaves the
// billing where it is: support, as "keep it as is" is in English.
import { checkKind } from './kindCheck';

describe('goal: the billing stays as it is', () => {
  checkKind([
    ['pt-BR', "Querem que a gente seja o 'help' deles no Teams, e a cobrança fica como está, no EA.", { channel: 'ea', service: 'license', goal: 'support' }],
    [
      'pt-BR',
      'Microsoft 365 pelo Open Value; o faturamento segue onde está, só querem ajuda com os usuários.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
  ]);
});
