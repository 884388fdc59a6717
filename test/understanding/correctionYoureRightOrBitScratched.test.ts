// Corrections in English: "you're right, …" after a colleague's doubt, "scratch the EA bit": what
// follows replaces what was said before.
import { checkKind } from './kindCheck';

describe('corrections: "you are right", "scratch the … bit"', () => {
  checkKind([
    [
      'en-US',
      'Sam: Office 365 E1 through Open Value, they want us to take over billing\nLee: are you sure? I heard they only need a hand with admin\nSam: You are right, checked again: support only, billing stays put.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'they have Azure on an Open Value deal. scratch the Open Value bit, they pay Microsoft directly on a card',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});
