// "Us to just babysit the tenant" is support, as without "just"; said by one person while
// another wants the billing moved, the goal is asked, never the last one said.
import { checkKind } from './kindCheck';

describe('goal: "just babysit" is support, and against a move by someone else it is asked', () => {
  checkKind([
    ['en-US', 'Office 365 E3. They want us to just babysit the tenant for now.', { service: 'license', goal: 'support' }],
    [
      'en-US',
      'Exchange Online, 30 users. The office manager wants us to just babysit it, the owner said he wants the billing moved to us. Not decided yet.',
      { service: 'license' },
      ['goal'],
    ],
  ]);
});
