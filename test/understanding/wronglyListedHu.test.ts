// Hungarian words a web shop's or a field engineer's note uses: a value the form showed "wrongly"
// (tévesen) is no statement; a bare "Téves" starting the next sentence takes back what came before;
// Microsoft Ireland, the company on Microsoft's own invoices, is a purchase from Microsoft; an audit
// (átvilágítás) is no move ("át-vi…" is not "átvisz"); and under Advisor, Microsoft billing the
// customer is the Advisor program's own billing, no second channel. "Egy CSP partner már kezeli":
// a CSP partner already runs it, the customer bought from another CSP.
import { checkKind } from './kindCheck';

describe('Hungarian: wrongly listed values, a bare "Téves", Microsoft Ireland, an audit', () => {
  checkKind([
    ['hu-HU', 'Az adatlapon tévesen „Open” szerepelt, de közvetlenül a Microsofttól vették az Azure-t.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'A rendelésen tévesen kormányzati felhő állt, a tenant a kereskedelmi felhőben van.', { cloud: 'global' }],
    ['hu-HU', 'A rendelésben disztribútorként jelöltek minket. Téves – itt mi közvetlen számlázású partner vagyunk.', { partnerType: 'direct' }],
    ['hu-HU', 'Az űrlapon viszonteladóként szerepelünk. Téves, mi disztribútor vagyunk.', { partnerType: 'indirectProvider' }],
    [
      'hu-HU',
      'Számlafotó: a Microsoft Ireland Operations Ltd. terheli a kártyájukat, Microsoft 365 Business Standard.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['hu-HU', 'A Microsoft Irelandtől vették az E3 licenceket, és át akarják hozni hozzánk.', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['hu-HU', 'Csak egy licenc-átvilágítást kérnek tőlünk, meg támogatást.', { service: 'license', goal: 'support' }],
    [
      'hu-HU',
      'A Business Basicet a Microsoft Advisor programján keresztül vették, a Microsoft számlázza. Mi csak üzemeltetünk.',
      { channel: 'advisor', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'A Microsoft 365-jüket egy CSP partner már kezeli, velük maradnak.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
