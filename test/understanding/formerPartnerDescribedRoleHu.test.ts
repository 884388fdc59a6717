// Hungarian: the role said of the customer's former partner is its own, not ours: an apposition
// after it ("korábbi CSP partnere (egy diszti, indirekt szolgáltató)") and "az előző partnerük,
// akin keresztül …, indirekt viszonteladó volt" name no role of the writer.
import { checkKind } from './kindCheck';

describe('partner type: a Hungarian former partner described by its role', () => {
  checkKind([
    [
      'hu-HU',
      'Az Azure-t az ügyfél korábbi CSP partnere (egy diszti, indirekt szolgáltató) számlázta eddig. Most hozzánk hoznák.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'hu-HU',
      'Előzmény a Fenyő Pékség ügyéhez: az előző partnerük, akin keresztül a Microsoft 365 előfizetés ment, indirekt viszonteladó volt a CSP-ben. Mi disztribútorként visszük, a viszonteladónk, a RendszerHáz Kft. közvetítésével.',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectProvider' },
    ],
  ]);
});
