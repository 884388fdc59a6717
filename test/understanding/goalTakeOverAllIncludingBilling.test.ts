// "Take over the whole thing, including the billing" is a move: the billing named after the
// words taken over says what changes hands. Offered against "just administer it", it is asked.
import { checkKind } from './kindCheck';

describe('goal: taking over everything including the billing is a move', () => {
  checkKind([
    ['en-US', 'Office 365 E3, they want us to take over the whole setup including billing.', { service: 'license', goal: 'move' }],
    ['en-US', 'Exchange Online for 40 mailboxes. Customer asked us to take over everything incl. the billing.', { service: 'license', goal: 'move' }],
    [
      'en-US',
      'Their M365 is on an EA. The CIO is torn between having us just manage it or take over all of it with the invoicing, she will tell us next week.',
      { channel: 'ea', service: 'license' },
      ['goal'],
    ],
  ]);
});
