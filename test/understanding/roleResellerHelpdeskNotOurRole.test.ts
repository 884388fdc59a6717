// "Viszonteladói helpdesk" (the helpdesk for resellers) names whom a distributor's desk serves,
// not our role; "mi vagyunk a disztribútor" beside it is.
import { checkKind } from './kindCheck';

describe('whose words: a reseller helpdesk is no reseller role', () => {
  checkKind([
    [
      'hu-HU',
      'Viszonteladói helpdesk, mi vagyunk a disztribútor. Az ügyfél Azure-előfizetése egy másik CSP partnernél van, át akarják hozni hozzánk.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
  ]);
});
