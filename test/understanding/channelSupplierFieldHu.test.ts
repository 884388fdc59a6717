// A Hungarian card's "Jelenlegi szállító: 21Vianet" (current supplier) says they bought from
// 21Vianet: the channel, not only the cloud; "helyi kínai rendszerintegrátor" (a local Chinese
// system integrator) is the local seller. Read before as the cloud alone.
import { checkKind } from './kindCheck';

describe('channel words: the supplier field and a local integrator in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Ügyfél: kínai leányvállalat\nJelenlegi szállító: 21Vianet\nMegj.: Office 365 E3', { cloud: 'china', channel: 'vianet', service: 'license' }, []],
    [
      'hu-HU',
      'A 21Vianet felhőben vannak, az Azure-t egy helyi kínai rendszerintegrátortól vették.',
      { cloud: 'china', channel: 'other', service: 'usage' },
      [],
    ],
    // Guard: the cloud named alone leaves the channel asked.
    ['hu-HU', 'Felhő: 21Vianet\nMegj.: Office 365 E3', { cloud: 'china', service: 'license' }, []],
  ]);
});
