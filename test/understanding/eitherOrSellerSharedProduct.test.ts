// "Vagy a Microsofttól vette az Azure-t, vagy egy tárhelyszolgáltatótól": the other option is a seller
// to buy from, so the product named inside the first is both options' product, not an option; only
// how it was bought is left open (or settled by a reference after them).
import { checkKind } from './kindCheck';

describe("either/or: a product inside the first option, a seller as the other, is both options' product", () => {
  checkKind([
    ['hu-HU', 'Az ügyfél vagy közvetlenül a Microsofttól vette az Office 365-öt, vagy egy kereskedőtől.', { service: 'license' }],
    ['hu-HU', 'Vagy EA-n vették a Dynamics 365-öt, vagy egy helyi cégtől. Az előbbi.', { channel: 'ea', service: 'license' }],
    ['en-US', 'They either bought Office 365 directly from Microsoft or from a local shop.', { service: 'license' }],
  ]);
});
