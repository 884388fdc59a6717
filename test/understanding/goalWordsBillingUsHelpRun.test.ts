// Goal words said plainly: wanting "off the telco bill", "us to be the ones billing them" or "the
// ones they pay" is moving the billing; "someone to call when …", "help them run it" and adding and
// removing users is support.
import { checkKind } from './kindCheck';

describe('goal words: being the ones who bill is move, someone to call and help running it is support', () => {
  checkKind([
    [
      'en-US',
      'Microsoft 365 Business Basic, 9 users. They want to get off the ISP invoice and have us be the ones who bill them.',
      { service: 'license', goal: 'move' },
    ],
    ['en-US', 'they have Office 365 E1 and would rather pay us every month', { service: 'license', goal: 'move' }],
    [
      'en-US',
      'Exchange Online for 20 mailboxes. The office manager wants somebody to call when email breaks, and to add/remove users, nothing about billing.',
      { service: 'license', goal: 'support' },
    ],
    ['en-US', 'Microsoft 365 Business Standard; the owner just wants us to help them run it.', { service: 'license', goal: 'support' }],
  ]);
});
