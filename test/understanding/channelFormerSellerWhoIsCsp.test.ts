// The customer's former business partner or system house "aki CSP partner" / "akiknek CSP
// szerződésük volt" (who is a CSP partner, who had a CSP agreement) is another CSP, with a few
// words between the seller and the clause. "Mi vagyunk a partner, aki CSP" is ourselves.
import { checkKind } from './kindCheck';

describe('channel words: a former partner or system house described as a CSP', () => {
  checkKind([
    ['hu-HU', 'A Dynamics 365-öt a régi ügyviteli partnerüktől vették, aki CSP partner.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'A Teams-licenceket a korábbi rendszerházuk adta el nekik, akiknek CSP szerződésük van.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'Mi vagyunk a partner, aki CSP, és át akarják hozni hozzánk az Office 365-öt.', { service: 'license', goal: 'move' }],
  ]);
});
