// "A tenantja a 21Vianetnél van" says where the tenant runs, the cloud: not where it was bought,
// so another channel said after it is no conflict. Bought "a 21Vianetnél" is still 21Vianet.
import { checkKind } from './kindCheck';

describe('cloud: the tenant at 21Vianet is the cloud, not the channel', () => {
  checkKind([
    [
      'hu-HU',
      'A kínai leányvállalat tenantja a 21Vianetnél van, Office 365. Egy helyi kínai viszonteladótól vették.',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    ['hu-HU', 'A 21Vianetnél vették az Office 365-öt.', { cloud: 'china', channel: 'vianet', service: 'license' }],
  ]);
});
