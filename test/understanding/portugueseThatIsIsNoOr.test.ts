// "ou seja" ("that is") restates what came before it; it offers no second option the way "ou"
// ("or") does: "somos provedor indireto, ou seja, distribuidor" is one role (pt-BR
// structure.or). Written for these tests.
import { checkKind } from './kindCheck';

describe('partner type: Portuguese "ou seja" restates, it offers no option', () => {
  checkKind([
    ['pt-BR', 'Somos o provedor indireto, ou seja, distribuidor do CSP.', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'É EA ou Open?', {}, ['channel']],
  ]);
});
