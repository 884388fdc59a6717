// "We can either just babysit their licences or take them over": "either" between us and the verb
// keeps "babysit" ours, so the two goals are an either/or a reference settles. The product in the
// first option is both options': it stays an answer while the goal is asked.
import { checkKind } from './kindCheck';

describe('goal: babysitting offered after "either"', () => {
  checkKind([
    [
      'en-US',
      'They asked if we can either babysit their Office 365 seats or take over the billing. The customer picked the first one.',
      { service: 'license', goal: 'support' },
    ],
    ['en-US', 'We can either just babysit their Office 365 seats or take over the billing, the customer has not picked yet.', { service: 'license' }, ['goal']],
    ['en-US', 'We could either keep an eye on their Office 365 seats or take over the billing.', { service: 'license' }, ['goal']],
    [
      'en-US',
      'They want us to either look after their Visio seats or take them over completely. She said the first one.',
      { service: 'license', goal: 'support' },
    ],
  ]);
});
