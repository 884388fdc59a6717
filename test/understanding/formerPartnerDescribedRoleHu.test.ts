// Hungarian: the role said of the customer's former partner is its own, not ours: an apposition
// after it ("korábbi CSP partnere (egy disztribútor, indirect provider)") and "a régi partnerük,
// akitől …, indirekt viszonteladó volt" name no role of the writer.
import { checkKind } from './kindCheck';

describe('partner type: a Hungarian former partner described by its role', () => {
  checkKind([
    [
      'hu-HU',
      'Az Azure-t az ügyfél korábbi CSP partnere (egy disztribútor, indirect provider) számlázta. Most hozzánk hoznák.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'hu-HU',
      'Háttér a Kiss Vendéglő ügyhöz: a régi partnerük, akitől az M365-öt vették, indirekt viszonteladó volt a CSP-ben. Mi disztribútorként csináljuk, a viszonteladónkon, a WebPont-on keresztül.',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectProvider' },
    ],
  ]);
});
