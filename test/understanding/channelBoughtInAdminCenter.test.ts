// Seats bought in the Microsoft 365 admin center ("they hit Buy in the admin center") are
// bought from Microsoft: only a customer buying for itself buys there. The admin center named
// without a purchase ("we manage them in the admin center") says nothing of the channel.
import { checkKind } from './kindCheck';

describe('channel: bought in the admin center is bought from Microsoft', () => {
  checkKind([
    ['en-US', "They just hit 'Buy' in the Microsoft 365 admin center when they need another Exchange seat.", { channel: 'microsoft', service: 'license' }],
    ['en-US', 'They purchased their Office 365 licenses in the admin center.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'Office 365, they want us to manage their users in the admin center.', { service: 'license', goal: 'support' }],
  ]);
});
