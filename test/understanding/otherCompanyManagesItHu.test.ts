// "Az Azure-t egy másik cég kezeli" (another company manages the Azure): the product named is not
// this case's, and "kezeli" there is no support asked of us; "az utóbbi" then picks the other one.
import { checkKind } from './kindCheck';

describe('Hungarian: a product another company manages', () => {
  checkKind([
    [
      'hu-HU',
      'Microsoft 365 licenceik vannak, a számlázást szeretnék hozzánk hozni. Az Azure-t egy másik cég kezeli, ahhoz nincs közünk.',
      { service: 'license', goal: 'move' },
      [],
    ],
    [
      'hu-HU',
      '• Termék: Azure vagy Dynamics 365 – mindkettő szóba került\n• Tisztázva: az utóbbi, mert az Azure-t egy másik cég kezeli\n• Cél: támogatás',
      { service: 'license', goal: 'support' },
      [],
    ],
  ]);
});
