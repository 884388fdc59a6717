// «Счета от нас, а не от прошлого CSP»: the «не» says who should bill, not that the previous
// partner is not the seller; the seller after it is still read. A «не» before anything else
// there (a goal) still says no to it.
import { checkKind } from './kindCheck';

describe('kind: notButY, from us and not from them', () => {
  checkKind([
    [
      'ru-RU',
      'Хотят получать один счёт от нас, а не от текущего CSP. Microsoft 365 Business Basic.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'office 365, хотят перейти к нам, покупать у нас а не у прежнего партнера', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'Office 365 по EA. Хотят счета от нас, а не поддержку.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['ru-RU', 'Office 365 брали не у текущего CSP, а напрямую у Microsoft.', { channel: 'microsoft', service: 'license' }],
  ]);
});
