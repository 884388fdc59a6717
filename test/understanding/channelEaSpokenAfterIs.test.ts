// Kind "spoken": EA dictated as two letters right after "is" ("the channel is e a", "it's e a")
// is the EA, as it already was after "on", "the" or "through". Read before as nothing.
import { checkKind } from './kindCheck';

describe('kind: EA spelled as two letters after "is"', () => {
  checkKind([
    ['en-US', 'so the channel is e a and the product is azure', { channel: 'ea', service: 'usage' }],
    ['en-US', "their office three sixty five, it's e a, they want us to take over billing", { channel: 'ea', service: 'license', goal: 'move' }],
    ['en-US', 'the contract was e a, for azure', { channel: 'ea', service: 'usage' }],
  ]);
});
