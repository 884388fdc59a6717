// "A CRM-ben rosszul szerepel" names the partner's own records, where a fact is written down:
// the Dynamics CRM product is not meant, so it answers no service.
import { checkKind } from './kindCheck';

describe('the CRM where something is recorded is no product (hu)', () => {
  checkKind([
    [
      'hu-HU',
      'A CRM-ben rosszul szerepel: ennél az ügyfélnél disztribútorok vagyunk. Az ügyfél Azure-ja egy másik CSP partnernél van.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
    ['hu-HU', 'A CRM-ben tévesen szerepel az ügyfél neve. Az Azure-t közvetlenül a Microsofttól vették.', { channel: 'microsoft', service: 'usage' }],
    // The product itself is still read.
    ['hu-HU', 'Az ügyfél a Dynamics CRM-et egy másik CSP partnertől vette.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
