// "Ezt az ügyfelet viszonteladóként visszük" (we carry this customer as a reseller): the customer
// is the object, the role named after it is ours, as after "ennél az ügyfélnél".
import { checkKind } from './kindCheck';

describe('whose words: this customer as the object, the role ours', () => {
  checkKind([
    [
      'hu-HU',
      'Azt az ügyfelet közvetett viszonteladóként visszük, az Office 365-öt Open License-en vették.',
      { channel: 'open', service: 'license', partnerType: 'indirectReseller' },
    ],
    ['hu-HU', 'Ezt az ügyfelet vagy viszonteladóként, vagy disztribútorként visszük; a kolléga szerint az utóbbi.', { partnerType: 'indirectProvider' }],
  ]);
});
