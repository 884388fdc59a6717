// A list of parties read as turns ("– ügyfél: …", "– anyacég: …", "– mi: …"): a line labelled with
// another party (the parent company) speaks of that party's purchase, not of this case.
import { checkKind } from './kindCheck';

describe('understanding: a turn labelled with another party', () => {
  checkKind([
    [
      'hu-HU',
      'Ki kicsoda:\n– ügyfél: Mecsek Textil Kft.;\n– anyacég (Graz): EA-n vannak, de ez a cég nem tartozik bele;\n– ez a cég az Office 365-öt egy webshopból vette;\n– mi: direkt számlázó partner.',
      { channel: 'thirdParty', service: 'license', partnerType: 'direct' },
    ],
    [
      'en-US',
      'Who is who:\n– Customer: Redfield Farms;\n– Parent company: on an EA with Microsoft, but this customer is not part of it;\n– this customer bought Microsoft 365 from a web shop;\n– Us: direct bill partner.',
      { channel: 'thirdParty', service: 'license', partnerType: 'direct' },
    ],
  ]);
});
