// "The guy who manages Azure for the parent company manages it for this customer too": a clause
// opened by "who" that runs on past the parent company is no clause the parent company closes, so
// what it names stays this case's, even with a joining word later in the message (only one right
// after the parent company closes its clause: "the EA is the old parent's and they…").
import { checkKind } from './kindCheck';

describe('whose: a "who" clause running on past the parent company stays this case\'s', () => {
  checkKind([
    [
      'en-US',
      'The guy who manages Azure for the parent company manages it for this customer too, and they buy it from another CSP.',
      { channel: 'otherCsp', service: 'usage' },
    ],
  ]);
});
