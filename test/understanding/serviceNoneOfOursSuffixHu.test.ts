// "Azure-unk nincs" (we have no Azure): the possessive ending after the hyphen stands between the
// product and "nincs", and the product is still the one they do not have.
import { checkKind } from './kindCheck';

describe('variant: a Hungarian product with a possessive ending said not to be there', () => {
  checkKind([
    ['hu-HU', 'Office 365. Azure-unk nincs.', { service: 'license' }],
    ['hu-HU', 'Microsoft 365-öt vettek, Azure-ük nincs.', { service: 'license' }],
    ['en-US', 'Office 365. We have no Azure.', { service: 'license' }],
  ]);
});
