// Goals in the speaker's words: "handle the admin side" is support (not "handle the admin
// center", a place); "us be the ones sending them the bill" is the move to this partner, as "us
// be the ones who bill them" already was.
import { checkKind } from './kindCheck';

describe('goal words: the admin side, the ones sending the bill', () => {
  checkKind([
    ['en-US', 'Office 365 for 20 users, they just want us to handle the admin side, new hires and password resets.', { service: 'license', goal: 'support' }],
    ['en-US', 'They have Exchange Online and want us to take on the admin part.', { service: 'license', goal: 'support' }],
    ['en-US', 'Exchange Online, their own IT guy will handle the admin center settings.', { service: 'license' }],
    ['en-US', 'They pay for Teams on a card today and would like us to be the ones sending them the bill.', { service: 'license', goal: 'move' }],
    ['en-US', 'Microsoft 365 seats; they want us to be the ones who issue the invoice from now on.', { service: 'license', goal: 'move' }],
  ]);
});
