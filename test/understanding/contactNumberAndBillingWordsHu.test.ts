// Hungarian words about a contact and about who bills: a support number ("támogatási szám") on a
// sticker or a letterhead names a contact and asks for nothing; "a számlázás nálunk a jövő
// hónaptól" (billing with us from a date on) is a move, "a számlázás nálunk marad" is not; "hogy mi
// számlázzunk nekik, ne a Microsoft" (we should bill them, not Microsoft) says Microsoft bills them
// now; a company named with its role in brackets ("Példa Kft. (CSP partner)") is another CSP partner.
import { checkKind } from './kindCheck';

describe('Hungarian contact and billing words: a support number, billing with us, not Microsoft, a CSP partner in brackets', () => {
  checkKind([
    ['hu-HU', 'A szekrényen a régi partner matricája, rajta a támogatási számmal. Kérték: vegyük át a számlázást.', { channel: 'otherCsp', goal: 'move' }],
    ['hu-HU', 'A levél alján a támogatási telefonszám szerepel. Át szeretnék hozni hozzánk a Microsoft 365-öt.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Megbeszéltük: a Teams licencek számlázása nálunk lesz a jövő hónaptól.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'A számlázás nálunk marad, csak a Teams kezelését kérik.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Azt kérik, hogy mi számlázzunk nekik, ne a Microsoft. Office 365 E1.', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['hu-HU', 'Csatolva: a Példa Kft. (CSP partner) Azure számlája.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
