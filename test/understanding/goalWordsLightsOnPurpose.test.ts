// "Keep the lights on" is support when it is asked of us ("want us to keep the lights on"); after
// a purchase, as its purpose ("bought seats with a card to keep the lights on"), it is the
// customer's own business running, and no goal.
import { checkKind } from './kindCheck';

describe('goal: "to keep the lights on" as the purpose of a purchase', () => {
  checkKind([
    [
      'en-US',
      'They bought ten Business Standard seats on the Microsoft website to keep the lights on. They want us as partner of record.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    ['en-US', 'They bought M365 with a card to keep the lights on after the split.', { service: 'license' }],
    ['en-US', 'They want us to keep the lights on for their M365.', { service: 'license', goal: 'support' }],
  ]);
});
