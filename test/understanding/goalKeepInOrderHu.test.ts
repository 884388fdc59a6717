// Looking after the tenant said in everyday words: "tartsa rendben" (keep it in order, either
// word order) and "nézzünk rá" (look in on it, said at the end of its clause) are support. "Nézzünk
// rá a számlára" (let's look at the invoice) is no goal.
import { checkKind } from './kindCheck';

describe('goalWords: keep it in order, look in on it', () => {
  checkKind([
    ['hu-HU', 'EA-n vették az Office 365-öt, csak valaki tartsa rendben a felhasználókat.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['hu-HU', 'Az Exchange-et egy másik CSP partnertől vették, néha nézzünk rá, ha gond van.', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    ['hu-HU', 'Nézzünk rá a számlára: EA-n vették az Office 365-öt.', { channel: 'ea', service: 'license' }],
  ]);
});
