// A pasted mail thread: the newest message's signature names the writer's own company, and the
// role it states ("reseller, we buy through a distributor") answers the partner's type when no
// message does. A title in it is no goal, a role said in a message wins over it, and an older
// quoted message's signature is not the writer's.
import { checkKind } from './kindCheck';

const older = (lines: string): string => lines.replace(/^/gm, '> ');

describe('thread: the role in the newest signature', () => {
  checkKind([
    [
      'ru-RU',
      'От: Анна Ершова\nТема: RE: Ромашка\n\nКоллеги, по Ромашке: Office 365 куплен напрямую у Microsoft, нужна только поддержка.\n\n--\nАнна Ершова\nООО «ТехноОблако» (реселлер, закупаемся через дистрибьютора)\n\n' +
        older('От: Анна Ершова\nРомашка хочет перевести к нам Office 365. Переводим?'),
      { channel: 'microsoft', service: 'license', goal: 'support', partnerType: 'indirectReseller' },
    ],
    [
      'en-US',
      'From: Tom Hale\nSubject: RE: Fabrikam\n\nUpdate: Fabrikam bought Office 365 directly from Microsoft, they only want support.\n\n--\nTom Hale\nBlue Yonder IT | direct bill partner (T1)\n\n' +
        older('From: Tom Hale\nFabrikam wants to move Office 365 to us. Go ahead?'),
      { channel: 'microsoft', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'Feladó: Kiss Anna\nTárgy: RE: Bárány Kft.\n\nFrissítés: a Microsoft 365-öt közvetlenül a Microsofttól vették, csak támogatást kérnek.\n\n--\nKiss Anna\nFelhőPont Kft. | közvetlen számlázású (T1) partner\n\n' +
        older('Feladó: Kiss Anna\nA Bárány Kft. át akarja hozni hozzánk a Microsoft 365-öt.'),
      { channel: 'microsoft', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
  ]);
});

describe('thread: what a signature does not answer', () => {
  checkKind([
    [
      'ru-RU',
      'От: Олег Панов\nТема: RE: Ромашка\n\nКлиент покупал Azure у другого CSP-партнёра.\n\n--\nОлег Панов, инженер по сопровождению\nООО «ТехноОблако»\n\n' +
        older('От: Олег Панов\nУ Ромашки Azure, откуда — не знаю.'),
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'ru-RU',
      'От: Анна Ершова\nТема: RE: Ромашка\n\nOffice 365 напрямую у Microsoft. По этому клиенту мы T1.\n\n--\nАнна Ершова\nООО «ТехноОблако» (реселлер, закупаемся через дистрибьютора)\n\n' +
        older('От: Анна Ершова\nЧто у Ромашки?'),
      { channel: 'microsoft', service: 'license', partnerType: 'direct' },
    ],
    [
      'en-US',
      'From: Tom Hale\nSubject: RE: Fabrikam\n\nFabrikam bought Azure from another CSP partner.\n\n' +
        older('From: Ivy Chen\nWhere did they buy it?\n--\nIvy Chen\nContoso Distribution (indirect provider)'),
      { channel: 'otherCsp', service: 'usage' },
    ],
  ]);
});
