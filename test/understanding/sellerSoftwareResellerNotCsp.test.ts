// Kind "whoseWords": "quem vendeu foi a SoftPlus, que é só revenda de software, não é CSP" describes
// the seller, a software shop that is no CSP partner: a third party. Read before: "revenda" was
// taken for this partner's role, and the seller said not to be a CSP was then nobody's. Said after
// "somos", "revenda" stays our role.
import { checkKind } from './kindCheck';

describe('kind: a "revenda de software" that is not a CSP is the seller, not our role', () => {
  checkKind([
    ['pt-BR', 'Quem vendeu as licenças foi a SoftPlus, que é só revenda de software, não é CSP.', { channel: 'thirdParty', service: 'license' }],
    [
      'pt-BR',
      'O Office veio de uma revenda de software, não de parceiro CSP. Somos distribuidor.',
      { channel: 'thirdParty', service: 'license', partnerType: 'indirectProvider' },
    ],
    ['pt-BR', 'A gente é revenda de software, compramos pela distribuidora.', { partnerType: 'indirectReseller' }],
  ]);
});
