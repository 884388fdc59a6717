// "I think it's an EA - they mentioned an enrollment number, so going with EA": a doubted answer
// the speaker then decides to go with is stated; "so going with" ends the doubt as a correction.
import { checkDoubted, checkKind } from './kindCheck';

describe('doubt: settled by "so going with…"', () => {
  checkKind([
    ['en-US', 'I think it is Open Value, they found an agreement number, so going with Open Value. Office 365.', { channel: 'open', service: 'license' }],
    ['en-US', 'Probably an EA since they have an enrollment number, so we are going with EA for their Azure.', { channel: 'ea', service: 'usage' }],
  ]);
  // Without it the doubt stays, and the channel is asked by name.
  checkDoubted([['en-US', 'I think it is Open Value, they found an agreement number. Office 365.', { service: 'license' }, { channel: 'open' }]]);
});
