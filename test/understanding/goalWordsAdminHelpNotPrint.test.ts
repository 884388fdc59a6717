// "Admin help" is support. Managed print is another line of business, no support of the
// Microsoft tenant: said of the customer, it answers no goal.
import { checkKind } from './kindCheck';

describe('goal words: admin help is support, managed print is none', () => {
  checkKind([
    [
      'en-US',
      'Their Office 365 came through a Microsoft Advisor; all they want from us is admin help.',
      { channel: 'advisor', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'They have been with us for ages on the managed print side. Now, for their Microsoft 365, she asked if we can become the partner of record.',
      { service: 'license', goal: 'move' },
    ],
    ['en-US', 'They are a managed print customer of ours and want us to manage their Microsoft 365 too.', { service: 'license', goal: 'support' }],
  ]);
});
