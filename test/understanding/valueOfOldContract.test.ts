// Portuguese: a value said to belong to the old contract ("o direct bill era do contrato antigo",
// "o Open era do acordo anterior") is no longer so, as "era o parceiro antigo" already said of a
// partner: the role or channel said beside it stands alone.
import { checkKind } from './kindCheck';

describe('negation: what was the old contract is no longer so', () => {
  checkKind([
    ['pt-BR', 'Hoje somos revenda indireta pela distribuidora; o direct bill era do contrato antigo.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'O Office 365 vem de outro parceiro CSP. O Open era do acordo anterior.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
