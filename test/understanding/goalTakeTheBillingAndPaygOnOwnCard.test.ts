// "Take the billing" moves the subscriptions as "take the billing over" does (not "take the
// billing questions"), so two people of the customer wanting different things leave the goal
// asked; pay-as-you-go subscriptions on the customer's own card were bought from Microsoft.
import { checkKind, KindCase } from './kindCheck';

const cases: KindCase[] = [
  ['en-US', 'Their owner wants us to take the billing for the Microsoft 365 licenses.', { service: 'license', goal: 'move' }],
  [
    'en-US',
    'The finance lead wants us to take the billing, the office manager only wants us to look after the licenses. Not decided.',
    { service: 'license' },
    ['goal'],
  ],
  ['en-US', 'We take the billing questions for their Azure, nothing else.', { service: 'usage' }],
  ['en-US', "Three pay-as-you-go subscriptions on the customer's own credit card.", { channel: 'microsoft' }],
];

describe('Take the billing; pay-as-you-go on the customer’s own card', () => {
  checkKind(cases);
});
