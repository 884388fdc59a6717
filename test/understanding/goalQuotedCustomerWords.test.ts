// The customer's own words quoted in a note: "just be our helpdesk" is support (their helpdesk),
// "we want you on the invoice" a move (the partner billing them). Both said, back and forth, leave
// the goal asked.
import { checkKind } from './kindCheck';

describe('goalWords: the customer quoted asking for a helpdesk or for the partner on the invoice', () => {
  checkKind([
    ['en-US', 'Their office manager put it simply: "just be our helpdesk" for the Microsoft 365 tenant.', { service: 'license', goal: 'support' }],
    [
      'en-US',
      'Customer on Office 365 via the EA, the CFO said "we want you on the invoice from next month".',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      "Office 365 from another CSP; the owner changes his mind daily, one day 'just be our helpdesk', the next 'we need you on the invoice'.",
      { channel: 'otherCsp', service: 'license' },
      ['goal'],
    ],
  ]);
});
