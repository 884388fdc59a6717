// Hungarian sellers: "a Microsofttól vagy egy partnertől …-e: az utóbbi" picks the partner; a seller
// named with its company form and a "who are CSP partners" clause ("az Alfa Kft.-től, akik CSP
// partnerek") is another CSP; a carrier's package whose carrier is then said not to be CSP ("a
// TeleNet nem CSP") is a third party's.
import { checkKind } from './kindCheck';

describe('channel: a Hungarian partner picked as an option, a CSP named in a clause, a carrier named not CSP', () => {
  checkKind([
    [
      'hu-HU',
      'Azt kérdezték, hogy a Microsofttól vagy egy partnertől vettük-e az Office 365-öt: az utóbbi. Szeretnénk átvinni a számlázást Önökhöz.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['hu-HU', 'Az Exchange Online licenceket az Omega Kft.-től vettük, akik Microsoft CSP partnerek.', { channel: 'otherCsp', service: 'license' }],
    [
      'hu-HU',
      'Az Office 365 licenceket a TeleNet mobilcsomagjával kapták, a TeleNet nem CSP partner. Csak támogatást kérnek.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
  ]);
});
