// A seller "descredenciada do CSP" (struck off the CSP program) was a CSP partner: still another
// CSP, whatever it is called ("outra empresa", "empresa de TI que revendia"). "Outra empresa" is a
// third party only when its sentence does not call it a CSP; an IT company that resold the
// licences is the seller, not another case.
import { checkKind } from './kindCheck';

describe('channel: a seller struck off the CSP program is still another CSP', () => {
  checkKind([
    [
      'pt-BR',
      'Quem vendia era outra empresa, atendia pelo Partner Center, só que foi descredenciada do CSP no ano passado. Azure.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'pt-BR',
      'As licenças do Microsoft 365 vieram de uma empresa de TI que revendia, mas ela foi desabilitada no programa CSP. Querem suporte.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'Compraram o Microsoft 365 de outra empresa, que nem é parceira CSP.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'O Azure foi comprado com outra empresa.', { channel: 'thirdParty', service: 'usage' }],
    [
      'en-US',
      'It was another IT company that resold through Partner Center, but it lost its CSP authorization. Azure.',
      { channel: 'otherCsp', service: 'usage' },
    ],
  ]);
});
