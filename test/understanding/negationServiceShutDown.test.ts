// A product "leállították" / "lemondták" (shut down, cancelled), perhaps a time word between, is
// not the customer's product any more, as one "lejárt" (expired) already was not.
import { checkKind } from './kindCheck';

describe('negation: a product shut down or cancelled, in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Microsoft 365 van nekik, az Azure-t a múlt hónapban leállították.', { service: 'license' }],
    ['hu-HU', 'Az Office 365-öt lemondták, most Azure-t használnak.', { service: 'usage' }],
    ['hu-HU', 'Az Azure-t tavaly leállították, a Dynamics 365-öt támogatnunk kell.', { service: 'license', goal: 'support' }],
  ]);
});
