// A reseller said to buy through us, where the words for it hold the words of a role ("a revenda
// X vai cuidar, compra pela nossa distribuidora"): the role is the reseller's, not the writer's,
// and says nothing of the writer's own (asked, never guessed as a reseller buying from a distributor).
import { checkKind } from './kindCheck';

describe('a reseller buying through our distributor business is another party', () => {
  checkKind([
    [
      'pt-BR',
      'Caso da Construtora Pilar:\n- comprou o Microsoft 365 E5 direto da Microsoft\n- a revenda NorteSoft entra no caso, compra pela nossa distribuidora',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'pt-BR',
      'Somos revenda indireta e compramos pela nossa distribuidora, a Ingram. O Azure do cliente é EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});
