// "Át szeretnénk venni a számlázást": taking over the billing with a word of wanting between the
// verb's prefix and the verb is the move.
import { checkKind } from './kindCheck';

describe('goalWords: taking over the billing, a word of wanting inside the verb', () => {
  checkKind([
    ['hu-HU', 'Az ügyfél Microsoft 365-öt használ. Át szeretnénk venni a számlázást.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Át akarjuk venni az előfizetéseket, Office 365-ről van szó.', { service: 'license', goal: 'move' }],
    ['en-US', 'The customer uses Microsoft 365. We would like to take over the billing.', { service: 'license', goal: 'move' }],
  ]);
});
