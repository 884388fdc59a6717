// Hungarian words for our role as a reseller: "viszonteladók vagyunk, disztribútoron át"
// (the distributor after a comma), "ti a mi viszonteladónk vagytok" (a distributor
// writing to us). "Az ügyfél a disztribútor alatt van" places the customer, and is not our role
// as a distributor. Read before as a conflict, or as no role.
import { checkKind } from './kindCheck';

describe('whose: our role as a reseller under a distributor', () => {
  checkKind([
    [
      'hu-HU',
      'Azure, közvetlenül a Microsofttól. Mi viszonteladók vagyunk, disztribútoron át.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'hu-HU',
      'Az ügyfél Microsoft 365-e egy másik CSP partnernél van. Ti a mi viszonteladónk vagytok, így a kérést mi indítjuk.',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' },
    ],
    ['hu-HU', 'Ez az ügyfél a disztribútor alatt van, mi viszonteladóként rendelünk tőlük. Azure.', { service: 'usage', partnerType: 'indirectReseller' }],
  ]);
});
