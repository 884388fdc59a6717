// "Állítólag" (allegedly) is a doubt like "talán": a channel said under it is asked back by name,
// not taken as stated.
import { checkDoubted, checkKind } from './kindCheck';

describe('a doubt: "állítólag" (allegedly) leaves the channel asked', () => {
  checkDoubted([
    [
      'hu-HU',
      'Az ügyfél állítólag EA-n van, a szerződést nem láttuk. Office 365 E3, csak támogatást kérnek.',
      { service: 'license', goal: 'support' },
      { channel: 'ea' },
    ],
    ['hu-HU', 'Állítólag Open License-en vették az Office 365-öt.', { service: 'license' }, { channel: 'open' }],
  ]);
  // Without the doubt the same channel is stated.
  checkKind([
    ['hu-HU', 'Az ügyfél EA-n van, a szerződést láttuk. Office 365 E3, csak támogatást kérnek.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
