// Portuguese: "a revenda é a InfoPlus" names the reseller's role after a comma as at the start of
// a sentence ("A distribuidora é a TD Synnex"): the role the partner says of itself in the clause
// before is the only one.
import { checkKind } from './kindCheck';

describe('whose role: the other party named by its role after a comma', () => {
  checkKind([
    ['pt-BR', 'Aqui nós somos o distribuidor, a revenda é a Nuvem Forte. Azure pelo EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
    [
      'pt-BR',
      'Somos revenda indireta, o distribuidor é a Ingram. Office 365 direto da Microsoft.',
      { channel: 'microsoft', service: 'license', partnerType: 'indirectReseller' },
    ],
  ]);
});
