// "De a … leány" (but the … daughter company), the short word for the subsidiary, returns to this
// customer after the parent company's clause, as "leányvállalat" and "leánycég" do. Its purchase
// was read before without its product.
import { checkKind } from './kindCheck';

describe('cases: the Hungarian short word for the subsidiary after the parent company', () => {
  checkKind([
    ['hu-HU', 'Az anyacég Open Value-n van, de a szlovák leány Microsoft 365-öt vett egy webáruházban.', { channel: 'thirdParty', service: 'license' }, []],
    ['hu-HU', 'A holding EA-n van, de a leány Azure-t vett a Microsofttól közvetlenül.', { channel: 'microsoft', service: 'usage' }, []],
  ]);
});
