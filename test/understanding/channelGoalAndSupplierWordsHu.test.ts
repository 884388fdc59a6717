// Hungarian words of the forty-second round: goals said as who pays or calls whom, shops and web
// purchases, a card statement's charge, a named distributor we buy through, an Advisor whose
// customer Microsoft bills, and an answer found out since ("azóta megkérdezték").
import { checkKind } from './kindCheck';

describe('channel, goal and supplier words (hu-HU)', () => {
  checkKind([
    ['hu-HU', 'Szeretnék, hogy ezentúl tőlünk jöjjön a számla az Exchange licencekről.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Minden maradjon, ahogy van, mi csak a hibaelhárítást végeznénk. Open Value, Visio.', { channel: 'open', service: 'license', goal: 'support' }],
    ['hu-HU', 'A felhasználókezelést kérik tőlünk, E5, EA-n.', { channel: 'ea', service: 'license', goal: 'support' }],
    [
      'hu-HU',
      'Fizessenek tovább a jelenlegi CSP partnerüknek, csak minket hívjanak, ha baj van a Microsoft 365-tel.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Mindent tőlünk akarnak, a Power BI-t is. Mi a TD SYNNEX-en keresztül vásárolunk.',
      { service: 'license', goal: 'move', partnerType: 'indirectReseller' },
    ],
    ['hu-HU', 'Az Ingram Micrón keresztül rendelünk, az ügyfél Azure-ja EA-n van.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['hu-HU', 'Egy szoftverboltban vették a Microsoft 365 Business Standardot.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'Az Azure-t a Microsoft online vásárlásán keresztül fizetik.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'A bankkártya-kivonaton minden hónapban egy MSFT terhelés van az Azure-ért.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'A hardverkereskedőtől (nem CSP) jött az Office 365 E1 a gépekkel együtt.', { channel: 'thirdParty', service: 'license' }],
    [
      'hu-HU',
      'Egy Advisor partner hozta őket, a Microsoft számláz nekik. Dynamics 365, partner of recordot kérnek.',
      { channel: 'advisor', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Nem tudták, hogy az EA-ról vagy egy webshopból van-e az Office 365. Azóta megkérdezték: egy webshopból.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'hu-HU',
      'Az ügyfél eddigi partnere közvetett viszonteladó volt egy disztribútor alatt. Mi direkt partnerek vagyunk. Azure.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
  ]);
});
