// A customer with a China tenant beside a global one, as regional desks write it in Portuguese:
// "locatário chinês" names the China cloud; "um na China e outro global" leaves the cloud asked;
// the China tenant that "fica como está" while "este pedido é só do global" is set aside.
import { checkKind } from './kindCheck';

describe('Portuguese: a China tenant beside a global one', () => {
  checkKind([
    ['pt-BR', 'Tenant chinês. O Microsoft 365 foi vendido por nós quando éramos Advisor.', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    [
      'pt-BR',
      'O cliente tem um tenant na China e outro global. Pediu suporte no Teams, mas não disse para qual tenant.',
      { service: 'license', goal: 'support' },
      ['cloud'],
    ],
    [
      'pt-BR',
      'O tenant da China fica como está; este chamado é só do comercial. Azure comprado de outro CSP.',
      { cloud: 'global', channel: 'otherCsp', service: 'usage' },
    ],
  ]);
});
