// Hungarian: a question to the partner ("jól értem, hogy Önök … viszonteladóként dolgoznak?") states
// no role; "lehet CSP, lehet sima bolt" leaves the seller open (asked); "a számla a Microsofttól
// jön, bár a korábbi partnerük Advisorként szerepel" is a sale of the Advisor program.
import { checkKind } from './kindCheck';

describe('Hungarian: a question to the partner, a seller left open, an Advisor on a Microsoft bill', () => {
  checkKind([
    [
      'hu-HU',
      'Az Office 365 E3-at egy másik CSP partnertől vettük. Jól értem, hogy Önök közvetett viszonteladóként dolgoznak? Szeretnénk átvinni a licenceket.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['hu-HU', 'Az ügyfél szerint egy ismerős cégtől vették a Visio licenceket, lehet CSP, lehet sima bolt.', { service: 'license' }, ['channel']],
    [
      'hu-HU',
      'Globális felhő. A számla a Microsofttól jön, bár a korábbi partnerük Advisorként szerepel. Dynamics 365.',
      { cloud: 'global', channel: 'advisor', service: 'license' },
    ],
  ]);
});
