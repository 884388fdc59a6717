// Kind "whose": only this case's facts count. A Hungarian hypothetical ("ha EA-n lenne, …", "mi
// lenne, ha Azure-ról lenne szó?", "ha a bolt CSP partner volna"), with the clause that follows it
// up to a "de", states nothing; nor does a channel planned for later ("jövőre EA-t terveznek"), a
// question whether the Advisor program still exists, or a wish ("szeretnék, ha …") read as one.
import { checkKind } from './kindCheck';

describe('kind: a Hungarian hypothetical or a planned channel states nothing of the case', () => {
  checkKind([
    ['hu-HU', 'Ha EA-n lenne, egyszerűbb volna az egész. De nem: Intune licencek, egy webáruházból vették.', { channel: 'thirdParty', service: 'license' }],
    [
      'hu-HU',
      'Egyéni vállalkozó, Exchange Online egy másik CSP-től. Kérdés a csapatnak: mi lenne, ha Azure-ról lenne szó? És ha Open Value-ja volna?',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'hu-HU',
      'Teams Premium szindikációs partnertől. Ha egy bolt vásárolt volna helyettük, ugyanez lenne a teendő.',
      { channel: 'syndication', service: 'license' },
    ],
    ['hu-HU', 'Most a Microsofttól veszik közvetlenül az Azure-t, jövőre Open Value-t terveznek.', { channel: 'microsoft', service: 'usage' }],
    [
      'hu-HU',
      'Tudja valaki, az Advisor program létezik még? Mindegy, a mostani cég Microsoft 365-öt vesz egy másik CSP-től.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['hu-HU', 'Office 365, EA. Azt szeretnék, ha a támogatás nálunk lenne.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
