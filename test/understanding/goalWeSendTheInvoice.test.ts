// "From now on we send them the invoice": the partner sending the customer's invoice is a move,
// as billing them is. An invoice for our support is not.
import { checkKind } from './kindCheck';

describe('goal words: we send them the invoice', () => {
  checkKind([
    ['en-US', 'Office 365 from their previous CSP. From next month we send them the invoice.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    [
      'en-US',
      'Business Premium via another CSP, they want us issuing the customer the invoices from now on.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'We already send them the invoice for support, their M365 stays with their previous CSP.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
  ]);
});
