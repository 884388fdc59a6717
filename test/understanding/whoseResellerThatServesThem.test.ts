// Kind "whose": "a revenda que atende eles é a TechBox" names the reseller under us, another
// party: no role of ours. Read before as our role: beside "somos o distribuidor" the role was asked.
// "Somos a revenda que atende eles" is still ours.
import { checkKind } from './kindCheck';

describe('kind: "the reseller that serves them" is another party, not our role', () => {
  checkKind([
    ['pt-BR', 'Nós somos o distribuidor e a revenda que atende eles é a TechBox.', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'A revenda que vendeu o Microsoft 365 é a TechBox; nós somos distribuidor.', { service: 'license', partnerType: 'indirectProvider' }],
    ['pt-BR', 'Somos a revenda que atende eles.', { partnerType: 'indirectReseller' }],
  ]);
});
