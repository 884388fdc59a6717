// "No clear answer on GCC High vs. commercial" says the question is still open: the "no" is of the
// answer, not of the first value after it, so neither value is negated and both are asked about.
import { checkKind } from './kindCheck';

describe('hedge: "no clear answer on X vs. Y" leaves the question open', () => {
  checkKind([
    [
      'en-US',
      'Still no clear answer on GCC High vs. commercial. Their CIO says one thing, procurement says another. It is Azure, we are the distributor.',
      { service: 'usage', partnerType: 'indirectProvider' },
      ['cloud'],
    ],
    [
      'en-US',
      'No firm answer yet on whether it is the EA or MPSA, the finance team keeps going back and forth. Office 365 E3, they want to move it to us.',
      { service: 'license', goal: 'move' },
      ['channel'],
    ],
    // A plain "no" before a value still says no to it.
    ['en-US', 'No EA here, they bought Azure from another CSP partner.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
