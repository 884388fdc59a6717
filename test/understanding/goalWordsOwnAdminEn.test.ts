// Goal words of a comment: admin the customer does itself is no support asked ("Day-to-day admin they do
// themselves"), "own the relationship with Microsoft" is a move, "minding the tenant" support.
import { checkKind } from './kindCheck';

describe('goal words: admin done in house, owning the relationship, minding the tenant', () => {
  checkKind([
    [
      'en-US',
      'Teams Phone for 20 users, bought from another CSP. Day-to-day admin they do themselves; they want us to own the relationship with Microsoft.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      "Exchange Online Plan 1, 30 seats from another CSP. They just want someone minding the tenant, they'll keep paying the other partner.",
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
  ]);
});
