// Own words in Hungarian: the customer's partner (former, current) "was not a CSP" ("a korábbi
// partnerük nem volt CSP") is a third party, not another CSP partner. One that is no longer a CSP
// ("már nem CSP") lost its authorization and is still another CSP partner.
import { checkKind } from './kindCheck';

describe('own words: a partner of the customer that was not a CSP is a third party', () => {
  checkKind([
    ['hu-HU', 'Kiderült, hogy a korábbi szolgáltatójuk nem is volt CSP. Az ügyfél Microsoft 365-öt használ.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'A jelenlegi partnerük nem CSP, csak egy kis viszonteladó, tőle vették a Teams licenceket.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'regi partneruk nem volt csp, o adta el nekik az office 365-ot', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'A korábbi partnerük már nem CSP partner, onnan hoznánk át a Microsoft 365-öt.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
  ]);
});
