// "Goal: NOT settled." leaves the goal open between the two wishes the note quotes, though "yet"
// is not said. A customer asking for "one invoice, from you" wants the billing moved to us.
import { checkKind } from './kindCheck';

describe('goal: "not settled" leaves it open; "one bill from you" is a move', () => {
  checkKind([
    [
      'en-US',
      'Office 365 for the clinic. The owner wants us to take over the billing. Later the office manager said to just manage it. Goal: not settled.',
      { service: 'license' },
      ['goal'],
    ],
    ['en-US', 'About their Microsoft 365, the owner told us: "one bill, from you, for everything."', { service: 'license', goal: 'move' }],
    ['en-US', 'They want one invoice from you for all of their Office 365.', { service: 'license', goal: 'move' }],
  ]);
});
