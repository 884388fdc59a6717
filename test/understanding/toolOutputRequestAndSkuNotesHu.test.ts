// Tool output pasted with the agent's note: the address of a pasted request ("GET
// https://graph.microsoft.com/…") names where a listing came from, not a seller; the note under a
// SKU listing says who bills ("a Microsoft számláz neki": Microsoft bills it, one customer) and that
// billing stays where it is, the next clause after a semicolon asking something else of us.
import { checkKind } from './kindCheck';

describe("tool output: a pasted request's address and the notes under a SKU listing", () => {
  checkKind([
    [
      'en-US',
      'GET https://graph.microsoft.com/beta/subscribedSkus?$top=5 gave:\n  "skuPartNumber": "SPE_E3", "consumedUnits": 60\nThey buy these from another CSP partner and only want us for support.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
      [],
    ],
    [
      'ru-RU',
      'GET https://graph.microsoft.com/beta/subscribedSkus?$top=9 вернул:\n  "skuPartNumber": "ENTERPRISEPACK", "consumedUnits": 33\nЛицензии куплены у другого CSP-партнёра.',
      { channel: 'otherCsp', service: 'license' },
      [],
    ],
    [
      'hu-HU',
      'SkuPartNumber   ConsumedUnits\nSPB             18\n\nAz SPB a Business Premium. Bankkártyával fizetik, a Microsoft számláz neki közvetlenül.',
      { channel: 'microsoft', service: 'license' },
      [],
    ],
    [
      'hu-HU',
      'ENTERPRISEPACK = Office 365 E3. Egy másik CSP-nél vannak, ott maradnak a számlázással; tőlünk csak rendszergazdai támogatást kérnek.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
      [],
    ],
  ]);
});
