// Hungarian words a colleague reads at once: a global tenant ("globális bérlő", "hanem a
// globálisról") names the cloud; a seller "CSP-n kívüli" is outside CSP; "vegyük át tőlük a
// számlázást" and "tőlünk egyetlen számlát" ask to move; "adminisztrációs segítség" asks for
// support; paying Microsoft by card is a direct buy; "tavaly lejárt" sets an old channel aside;
// "Igen, az ügyfél most megerősítette" confirms a doubted value; the partner's own CRM record and
// a handover note between desks ("Átadás a … deskről") say nothing about the customer.
import { checkKind } from './kindCheck';

describe('words: Hungarian global tenant, outside CSP, billing taken over, card, expired, confirmed, CRM, handover', () => {
  checkKind([
    ['hu-HU', 'A Microsoft 365 E3 a globális bérlőben van, egy másik CSP-partnertől.', { cloud: 'global', channel: 'otherCsp', service: 'license' }, []],
    ['hu-HU', 'Nem az amerikai kormányzati felhőről beszélünk, hanem a globálisról. Office 365 E1.', { cloud: 'global', service: 'license' }, []],
    ['hu-HU', 'Az Office 365-öt egy CSP-n kívüli kereskedőtől vették.', { channel: 'thirdParty', service: 'license' }, []],
    [
      'hu-HU',
      'A Microsoft 365 E3 egy másik CSP-nél van, azt kérik, vegyük át tőlük az előfizetést.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
      [],
    ],
    ['hu-HU', 'Adminisztrációs segítséget kérnek a Microsoft 365-höz.', { service: 'license', goal: 'support' }, []],
    [
      'hu-HU',
      '00:01:00 Kiss Ede (vendég): A Microsoftnak mi fizetünk kártyával, havonta.\n00:01:10 Tóth Lili: Office 365 E1, és csak üzemeltetés kell?\n00:01:12 Kiss Ede (vendég): Igen.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
      [],
    ],
    [
      'hu-HU',
      'A Business Basic egy másik CSP-partnernél van; tőlünk szeretnék kapni egyetlen számlát.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
      [],
    ],
    ['hu-HU', 'Office 365 E3: az Open szerződésük a múlt évben lejárt, egy webshopból vásárolnak.', { channel: 'thirdParty', service: 'license' }, []],
    [
      'hu-HU',
      'Úgy tudom, a Microsoft 365 egy Syndication partnertől van. Igen, az ügyfél most megerősítette, támogatást kérnek.',
      { channel: 'syndication', service: 'license', goal: 'support' },
      [],
    ],
    ['hu-HU', 'Az Azure egy másik CSP-nél van, a CRM-ben T1-ként szerepelünk.', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }, []],
    [
      'hu-HU',
      'Átadás a bécsi deskről: Microsoft 365 E3, egy másik CSP-től, csak üzemeltetést kérnek.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
      [],
    ],
  ]);
});
