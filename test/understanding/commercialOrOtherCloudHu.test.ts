// Hungarian names the commercial cloud with a case ending and the other one by "USA kormányzati" or
// by 21Vianet in the same "vagy" question ("a kereskedelmiben vagy a 21Vianet által
// üzemeltetettben?"): both are options, so a reference picks one and a doubt leaves the cloud asked.
import { checkKind } from './kindCheck';

describe('the commercial cloud or another one, with Hungarian case endings (hu-HU)', () => {
  checkKind([
    ['hu-HU', 'Kérdés: a kereskedelmibe vagy a 21Vianet által üzemeltetettbe kerül az új bérlő?\nVálasz: az előbbibe.', { cloud: 'global' }],
    ['hu-HU', 'Melyikben van a bérlő: a kereskedelmiben vagy a 21Vianet-es Partnerközpontban? A második.', { cloud: 'china' }],
    [
      'hu-HU',
      'Az Azure-t EA-n veszik. A kereskedelmi vagy az USA kormányzati felhőben futnak, azt senki nem tudja.',
      { channel: 'ea', service: 'usage' },
      ['cloud'],
    ],
    // Near miss: the commercial one said alone stays the answer.
    ['hu-HU', 'Az Azure-t EA-n veszik, a kereskedelmi Partnerközpontban.', { cloud: 'global', channel: 'ea', service: 'usage' }],
  ]);
});
