// Hungarian forms of "we" that double a consonant or add an ending ("számlázzunk", "szeretnénk")
// are words of their own, not misspellings of a lexicon word ("számlázunk", "szeretnének"): the
// customer asking that we bill is a move.
import { checkKind } from './kindCheck';

describe('goalWords: Hungarian "we" forms are not taken for misspellings', () => {
  checkKind([
    ['hu-HU', 'Az Office 365-nél az ügyfél azt kéri, hogy mi számlázzunk.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'A Teams licenceinél a cég azt szeretné, hogy mi számlázzunk.', { service: 'license', goal: 'move' }],
    ['en-US', 'For Office 365 the customer wants us to take over the billing.', { service: 'license', goal: 'move' }],
  ]);
});
