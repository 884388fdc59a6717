// A product being phased out ("a Dynamicsot kivezetjük", "kivezették") is not the one the case is
// about: the mention before the word is said no to, as one stopped or cancelled is.
import { checkKind } from './kindCheck';

describe('Hungarian: a product phased out is not the answer', () => {
  checkKind([
    ['hu-HU', 'Az Azure-t használják tovább, a Dynamicsot kivezetjük.', { service: 'usage' }],
    ['hu-HU', 'A Dynamics 365-öt kivezetik, az Azure marad.', { service: 'usage' }],
    ['hu-HU', 'Azure előfizetésük van, a Dynamicsot már kivezették.', { service: 'usage' }],
  ]);
});
