// A customer asking the partner to take the subscriptions over ("vegyék át az előfizetéseket",
// with "az" before a vowel) or to be the one who bills from now on ("önök számlázzanak") asks
// for a move.
import { checkKind } from './kindCheck';

describe('goal: take over the subscriptions, you bill us', () => {
  checkKind([
    ['hu-HU', 'Azt kérjük, hogy vegyék át az előfizetéseket, a Microsoft 365-öt MPSA-val vettük.', { channel: 'open', service: 'license', goal: 'move' }],
    [
      'hu-HU',
      'Az Office 365-öt egy másik CSP-től vettük, szeretnénk, ha ezentúl önök számláznának.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['hu-HU', 'Vegyétek át az Azure-előfizetést, és ti számlázzatok.', { service: 'usage' }],
    [
      'en-US',
      'Please take over the subscriptions and bill us yourselves, the Microsoft 365 was bought under MPSA.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
  ]);
});
