// «Головная компания на EA, но это не про них: у дочки Office 365»: «не про них» closes the aside
// about the parent company; what follows is this customer's again.
import { checkKind } from './kindCheck';

describe('whose: «но это не про них» returns from the parent company to this case (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'Головная компания на EA, но это не про них: у дочки Office 365 в облаке 21Vianet, куплен напрямую у 21Vianet.',
      { cloud: 'china', channel: 'vianet', service: 'license' },
    ],
    ['ru-RU', 'Материнская компания сидит на EA, это не про него, сам клиент брал Azure у другого CSP.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
