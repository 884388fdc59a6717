// Hungarian words that state no goal: "ők a partner of record" names who is the partner of record
// now (another party), not a wish to become it; a hand-over heading ("Átadás (Bea → Zoli)",
// "Átadás: …") is the note's kind, not a transfer. "Legyen kit hívni" asks for support.
import { checkKind } from './kindCheck';

describe('goal: Hungarian partner of record named, a hand-over heading, someone to call', () => {
  checkKind([
    // The partner's note above a forwarded mail is the newest part: its "ők a partner of record" must not outweigh the customer's wish.
    [
      'hu-HU',
      'Lent az ügyfél levele. Utánanéztem: a Tóth Informatika CSP partner, ők a partner of record.\n\n---------- Továbbított üzenet ----------\nFeladó: Kiss Éva, Kiss Pékség\nTárgy: Office\n\nJó napot! Szeretnénk, ha Önök kezelnék az Office 365 felhasználóinkat, a fizetés marad a régi.',
      { service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'Szeretnék, hogy mi legyünk a partner of record az Office 365 licenceiknél.', { service: 'license', goal: 'move' }],
    [
      'hu-HU',
      'Átadás (Bea → Zoli)\nDunai Pincészet: Microsoft 365 Business Basic, egy másik CSP partnertől vették, csak támogatást kérnek.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Átadás: Kovács Szerviz – Office 365 E1, webáruházból vették. Annyit kérnek, hogy legyen kit hívni, ha elakadnak.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
  ]);
});
