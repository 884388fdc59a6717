// A partner institution ("partnerintézet", "partnerintézmény", "partneregyetem") is another
// organisation: what its tenant is says nothing of this customer's.
import { checkKind } from './kindCheck';

describe('a partner institution is another case (hu)', () => {
  checkKind([
    [
      'hu-HU',
      'Az amerikai partnerintézet tenantja GCC. A kutatóintézet Azure-ját közvetlenül a Microsofttól vették.',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'hu-HU',
      'A partneregyetemük 21Vianetes, ők maguk globális felhőben vannak, az Office 365-öt egy CSP partnertől vették.',
      { cloud: 'global', channel: 'otherCsp', service: 'license' },
    ],
  ]);
});
