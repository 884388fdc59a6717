// Kind "whoseWords": "a revenda antiga", "o revendedor antigo", "o provedor antigo" (the adjective
// after the noun, as "a revenda anterior" already was) are another partner, not this partner's
// role. Read before: "revenda" alone, our role as an indirect reseller (a wrong answer).
import { checkKind } from './kindCheck';

describe('kind: "a revenda antiga" is the old partner, not our role', () => {
  checkKind([
    ['pt-BR', 'A revenda antiga vendeu o Office 365 pra eles.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'O Azure era do revendedor antigo. Somos distribuidor.', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' }],
    ['pt-BR', 'Somos revenda, compramos pela distribuidora; o provedor antigo deles sumiu.', { channel: 'otherCsp', partnerType: 'indirectReseller' }],
  ]);
});
