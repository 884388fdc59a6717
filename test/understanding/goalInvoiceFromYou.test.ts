// The customer asking that the invoice come from the partner ("ha ezentúl Önöktől jönne a
// számla", "tőletek kérnénk a számlát") is the move to the partner, as "tőlünk kapnák a számlát" is.
import { checkKind } from './kindCheck';

describe('goal: the invoice from you, in Hungarian', () => {
  checkKind([
    [
      'hu-HU',
      'A Microsoft 365-öt közvetlenül a Microsofttól vettük. Azt szeretnénk, ha ezentúl Önöktől jönne a számla.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    ['hu-HU', 'Office 365 licencek, a számlát ezentúl tőletek kérnénk.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Office 365, szeretnék, ha mostantól tőlünk érkezne a számla.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Office 365, a számla továbbra is a Microsofttól jön, csak támogatás kell.', { channel: 'microsoft', service: 'license', goal: 'support' }],
  ]);
});
