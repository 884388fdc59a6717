// A product said to be another customer's ("az Azure egy másik ügyfélé", "…egy másik ügyfélhez
// tartozik") is not this customer's: it is read as said no to.
import { checkKind } from './kindCheck';

describe("negation: a product another customer's, in Hungarian", () => {
  checkKind([
    ['hu-HU', 'Office 365-ről van szó, az Azure egy másik ügyfélé.', { service: 'license' }],
    ['hu-HU', 'Az Azure egy másik ügyfélhez tartozik. A Dynamics 365-öt kell üzemeltetni.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Az ügyfél Azure-t használ, a Microsofttól vette.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
