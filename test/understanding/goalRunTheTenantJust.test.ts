// "We'd just run the tenant" is the partner running the customer's tenant: support, like "we run
// the tenant". Offered against taking the subscriptions over and left undecided, the goal is asked.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: goalWords, "just run the tenant" is support', () => {
  checkKind([
    ['en-US', 'They want us to just run the tenant for them, licences are on their EA.', { channel: 'ea', service: 'license', goal: 'support' }],
    [
      'en-US',
      'Customer has Microsoft 365 on Open Value and asked whether we would just run the tenant or take the subscriptions over. Not decided yet, they will pick one next month.',
      { channel: 'open', service: 'license' },
      ['goal'],
    ],
  ]);
});

describe('kind: goalWords, taking the named subscriptions over is a move', () => {
  checkKind([
    [
      'en-US',
      'They bought Microsoft 365 from Microsoft directly and want us to take their Microsoft 365 subscriptions over.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
  ]);
});
