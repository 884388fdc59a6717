// Kind "correction": "no they're on the EA" after a comma or a speaker's name ("Dave (at my
// desk): no they're on the Enterprise Agreement") corrects what was said before, as it did at a
// sentence's start; it negated the EA before. "no, they're not" is still a "no" to what it follows.
import { checkKind } from './kindCheck';

describe('kind: "no they are ..." after a comma corrects', () => {
  checkKind([
    [
      'en-US',
      "Me: customer bought Azure from Microsoft directly\nDave (just walked by): no they're on the Enterprise Agreement",
      { channel: 'ea', service: 'usage' },
    ],
    ['en-US', "They got Office 365 through Open Value, no it's an EA, they want us to take over billing.", { channel: 'ea', service: 'license', goal: 'move' }],
    ['en-US', 'Office 365 on an EA, no they are not moving it anywhere.', { channel: 'ea', service: 'license' }],
  ]);
});
