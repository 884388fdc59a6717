// A seller said to be no CSP partner ("egy rendszerháztól vette, aki nem CSP partner") is a third
// party, and the "nem" of it negates nothing after it. "Not from a CSP partner but from
// Microsoft" still takes Microsoft.
import { checkKind } from './kindCheck';

describe('channel words: a seller that is "nem CSP partner" is a third party', () => {
  checkKind([
    [
      'hu-HU',
      'Az Exchange Online-t egy rendszerháztól vették, aki nem CSP partner. Mi csak üzemeltetnénk.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'egy boltban vették ami nem csp partner azt szeretnék ha mostantól mi számláznánk az office 365-öt',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    ['hu-HU', 'Nem CSP partnertől vették az Azure-t, hanem közvetlenül a Microsofttól.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Mi nem CSP partner vagyunk, az ügyfél Azure-t használ.', { service: 'usage' }],
  ]);
});
