// "Tőlünk kapnák a számlát" (they would get the invoice from us) is taking over the billing, as
// "a számlát tőlünk" already was; the word order is free in Hungarian.
import { checkKind } from './kindCheck';

describe('goal: the invoice from us, the word order turned', () => {
  checkKind([
    ['hu-HU', 'Microsoft 365 van nekik, azt szeretnék, ha ezentúl tőlünk kapnák a számlát.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Az Office 365-höz tőlünk kérik a számlázást.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Az Office 365-höz nem tőlünk kapják a számlát, csak támogatást kérnek.', { service: 'license', goal: 'support' }],
  ]);
});
