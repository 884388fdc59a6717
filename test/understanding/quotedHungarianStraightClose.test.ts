// A Hungarian quotation opened with „ and closed with a straight " is another party's words as
// one closed with ” is: its "we" is theirs.
import { checkKind } from './kindCheck';

describe('whose words: „…" quoted inline is the other party\'s', () => {
  checkKind([
    [
      'hu-HU',
      'A viszonteladó írta: „Mi viszonteladók vagyunk, az ügyfél Office 365-öt EA-n keresztül vett." Én a disztribútor helpdeskjén vagyok.',
      { channel: 'ea', service: 'license', partnerType: 'indirectProvider' },
    ],
    [
      'hu-HU',
      'A viszonteladó írta: „Mi viszonteladók vagyunk, az ügyfél Office 365-öt EA-n keresztül vett.” Én a disztribútor helpdeskjén vagyok.',
      { channel: 'ea', service: 'license', partnerType: 'indirectProvider' },
    ],
  ]);
});
