// "Viszonteladót írtam magunkról, de nem az vagyunk" (I wrote reseller about us, but that's not
// what we are): the role written before is denied, and the one said after it is ours.
import { checkKind } from './kindCheck';

describe('a role written of us, then denied (hu-HU)', () => {
  checkKind([
    ['hu-HU', 'A múltkor viszonteladót írtam magunkról, de nem az vagyunk, mi közvetlen (T1) partner vagyunk.', { partnerType: 'direct' }],
    [
      'hu-HU',
      'Helyesbítés: a jegyben disztribútort írtuk rólunk, de mi nem az vagyunk – közvetlen számlázású partnerként dolgozunk.',
      { partnerType: 'direct' },
    ],
  ]);
});
