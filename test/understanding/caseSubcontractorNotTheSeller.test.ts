// The customer's IT provider named as the one who did not sell the licences ("de nem ő adta el
// őket") speaks of the customer's own purchase: what follows is this case's channel, not the
// provider's own business.
import { checkKind } from './kindCheck';

describe('whose: the IT provider that did not sell the licences leaves the purchase the customer’s', () => {
  checkKind([
    [
      'hu-HU',
      'Az ügyfél IT-szolgáltatója kezeli az előfizetéseket, de nem ők adták el: az Azure-t közvetlenül a Microsofttól vették kártyával.',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'hu-HU',
      'Az ügyfél IT-alvállalkozója intézi a licenceket, de nem ő adta el őket: a Microsoft 365-öt egy nem CSP-s kereskedőtől vették. Mi T1 partner vagyunk.',
      { channel: 'thirdParty', service: 'license', partnerType: 'direct' },
    ],
  ]);
});
