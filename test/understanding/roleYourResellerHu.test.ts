// "mi a viszonteladótok vagyunk" (we are your reseller), written to the distributor: the partner
// buys through it, an indirect reseller.
import { checkKind } from './kindCheck';

describe('"we are your reseller" to the distributor (hu)', () => {
  checkKind([
    [
      'hu-HU',
      'Ádám, az ügyfél Azure-ja egy másik CSP partnernél van, az átadást kérlek, indítsátok el – mi a viszonteladótok vagyunk.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'hu-HU',
      'Mi a ti viszonteladótok vagyunk; az ügyfél az Office 365-öt egy másik CSP partnertől vette.',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' },
    ],
  ]);
});
