// Hungarian words a colleague reads at once: a heading "Javítás …:" opens a correction; "a
// csoport EA-ja" is the group's agreement, not this customer's; a China tenant that "külön
// marad" is set aside; what the customer "maguk visznek" (runs itself) is not asked of us; a
// role "az ügyfeleknél" (at the customers) is ours, the customers are whom it serves.
import { checkKind } from './kindCheck';

describe('words: Hungarian correction heading, group EA, tenant set apart, run by themselves, at the customers', () => {
  checkKind([
    [
      'hu-HU',
      'A bécsi kolléga szerint itt disztribútorok vagyunk. Javítás a pesti irodából: ennél az ügyfélnél közvetlen partnerek vagyunk. Office 365 E1.',
      { service: 'license', partnerType: 'direct' },
      [],
    ],
    [
      'hu-HU',
      'A csoport EA-ja a holdingnál van. Az ügyfél Dynamics 365-je egy Advisor partnertől van, a globális felhőben.',
      { cloud: 'global', channel: 'advisor', service: 'license' },
      [],
    ],
    [
      'hu-HU',
      'Két bérlő van: a kínai bérlő külön marad, a globális bérlőben lévő Microsoft 365 E5 egy másik CSP-től jön.',
      { cloud: 'global', channel: 'otherCsp', service: 'license' },
      [],
    ],
    ['hu-HU', 'A Power BI Pro-ról van szó. Az Azure-t ők maguk viszik.', { service: 'license' }, []],
    [
      'hu-HU',
      'Németországban a nagy ügyfeleknél viszonteladóként dolgozunk, itthon közvetlen partnerként. Microsoft 365 E3.',
      { service: 'license' },
      ['partnerType'],
    ],
  ]);
});
