// "Azúr" is how Azure is said and often typed in Hungarian, and it takes the language's endings
// ("azúrjuk", "azúrját"): with an ending it is still Azure, a usage-based service with no goal.
import { checkKind } from './kindCheck';

describe('variant: Azure said in Hungarian with an ending', () => {
  checkKind([
    [
      'hu-HU',
      'az ügyfél azúrja egy másik csp partnernél van, mi indirekt viszonteladók vagyunk',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['hu-HU', 'szóval az azúrjukat közvetlenül a Microsofttól vették', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'azúrjuk van egy másik csp partnertől, át akarják hozni hozzánk', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
