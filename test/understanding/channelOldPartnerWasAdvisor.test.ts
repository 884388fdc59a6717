// "A régi partnerük az Advisor programban volt" describes the old partner: it is no other CSP
// partner beside the Advisor the customer bought through, only background that a channel said
// for this customer ("egy másik CSP-től vették") replaces.
import { checkKind } from './kindCheck';

describe('channel: the old partner described as an Advisor', () => {
  checkKind([
    [
      'hu-HU',
      'A régi partnerük az Advisor programban volt, ők ajánlották, és az ügyfél az Advisoron keresztül vett Azure-t. Globális felhő.',
      { cloud: 'global', channel: 'advisor', service: 'usage' },
    ],
    ['hu-HU', 'A régi partnerük az Advisor programban volt, de az Office 365-öt egy másik CSP-től vették.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
