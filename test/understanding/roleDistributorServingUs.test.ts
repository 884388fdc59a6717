// Portuguese: "o distribuidor que atende a gente é o provedor indireto" names the distributor's
// role, as "o nosso distribuidor é o provedor indireto" does; the partner's own role is the one it
// says of itself.
import { checkKind } from './kindCheck';

describe('whose role: the distributor that serves us is the indirect provider', () => {
  checkKind([
    [
      'pt-BR',
      'O distribuidor que atende a gente é o provedor indireto; nós somos revenda indireta. Azure comprado direto da Microsoft.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'pt-BR',
      'O distribuidor que nos atende é o provedor indireto e nós somos a revenda. Office 365 pelo EA.',
      { channel: 'ea', service: 'license', partnerType: 'indirectReseller' },
    ],
  ]);
});
