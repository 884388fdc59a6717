// "Mi számláznánk, nem a mostani CSP-partnerük" (we would bill, not their current CSP partner): the
// "nem" sets us against the biller they have, it does not deny they have one: another CSP.
// Said as the subject of a verb ("nem a mostani CSP-partnerük számlázza, hanem…") it stays a no.
import { checkKind, checkRead } from './kindCheck';

describe('channel words: "not their current CSP partner" after a comma names their CSP', () => {
  checkKind([
    ['hu-HU', 'Az E3-at mi számláznánk, nem a mostani CSP-partnerük.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['hu-HU', 'A Teams Phone-t mi vinnénk, nem a jelenlegi CSP partnere.', { channel: 'otherCsp', service: 'license' }],
  ]);
  checkRead([['hu-HU', 'Nem a mostani CSP-partnerük számlázza, hanem a Microsoft.', {}, { negated: ['channel'] }]]);
});
