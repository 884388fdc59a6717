// A value followed by "is wrong" / "was not right" right before what the writer said instead ("'GCC
// High' is wrong - I said commercial") is said no to, as "that's wrong" after it.
import { checkKind } from './kindCheck';

describe('negation: a value said to be wrong', () => {
  checkKind([
    ['en-US', "Comment from Ana: 'GCC' is wrong – I said it's the normal commercial cloud. Azure, pay as you go.", { cloud: 'global', service: 'usage' }],
    ['en-US', 'The ticket says Open Value. Open Value was not right, I said an EA with Microsoft.', { channel: 'ea' }],
  ]);
});
