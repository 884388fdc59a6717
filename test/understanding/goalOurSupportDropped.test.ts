// A customer that would "drop our support" unless we take the licensing does not ask for support:
// the support is what they would stop, and the goal is the other one said. Dropping an EA still
// says the channel they are on.
import { checkKind } from './kindCheck';

describe('goal: support the customer would drop is no goal', () => {
  checkKind([
    [
      'en-US',
      'Their Microsoft 365 is on Open Value. They will drop our support at renewal unless we take over the billing too.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    ['en-US', 'The client drops our support in March; they want us to move their Office 365 to us.', { service: 'license', goal: 'move' }],
    ['en-US', 'They want to drop the EA and move their Microsoft 365 to us.', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
