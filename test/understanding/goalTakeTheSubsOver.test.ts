// The move in other words: "take the subs over", "take those seats over", "take over the Teams Phone licenses",
// "end up on our invoice".
import { checkKind } from './kindCheck';

describe('goal: take the subscriptions over, onto our invoice', () => {
  checkKind([
    ['en-US', 'Office 365 E3 on their EA; they want us to take the subs over at the anniversary.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['en-US', 'They want us to take over the Teams Phone licenses they bought from Microsoft.', { channel: 'microsoft', service: 'license', goal: 'move' }],
    [
      'en-US',
      'Their Business Basic came from an Advisor partner and they would like us to take those seats over next month.',
      { channel: 'advisor', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'The Business Premium seats they bought on microsoft.com should end up on our invoice.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
  ]);
});
