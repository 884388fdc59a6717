// "Us running the admin center / the tenant for them" is running their Microsoft 365 for them:
// support, as administering it is.
import { checkKind } from './kindCheck';

describe('goalWords: running the admin center for them is support', () => {
  checkKind([
    ['en-US', 'They have 30 Business Premium seats and want us running the admin center for them.', { service: 'license', goal: 'support' }],
    ['en-US', 'Office 365 via EA, they would like you guys to run their tenant.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['en-US', 'Their own IT runs the admin center, they bought Office 365 from Microsoft directly.', { channel: 'microsoft', service: 'license' }],
  ]);
});
