// "Nem is tudom" (I don't even know) doubts what follows as "nem tudom" does: a partner unsure
// whether it is the indirect provider or the reseller is asked its role, also after "igazából".
import { checkKind } from './kindCheck';

describe('doubt: "nem is tudom" about our own role', () => {
  checkKind([
    [
      'hu-HU',
      'nem is tudom hogy disztribútorként vagy viszonteladóként vagyunk bent, az ügyfél a Microsofttól vette az Office 365-öt',
      { channel: 'microsoft', service: 'license' },
      ['partnerType'],
    ],
    ['hu-HU', 'mi igazából nem is tudom, hogy közvetett szolgáltató vagy viszonteladó vagyunk, majd megnézem', {}, ['partnerType']],
    ['en-US', "honestly I don't even know if we're the distributor or a reseller there, I'll check", {}, ['partnerType']],
  ]);
});
