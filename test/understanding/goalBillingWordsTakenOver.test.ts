// Goal words: taking over the invoicing is taking over the billing; "take that over" is "take it
// over"; one invoice from us for everything is the billing moving to the partner.
import { checkKind } from './kindCheck';

describe('goal: "take over the invoicing", "take that over", "one invoice from us" move the billing', () => {
  const move = { service: 'license', goal: 'move' } as const;
  checkKind([
    ['en-US', "Office 365 seats. They'd like us to take over the invoicing from January.", move],
    ['en-US', 'They have forty Microsoft 365 seats from another CSP that is closing and they want us to take that over.', { channel: 'otherCsp', ...move }],
    ['en-US', 'Microsoft 365 E3. The CFO wants a single invoice from us for all of it.', move],
    ['en-US', 'Microsoft 365 E3. The CFO wants one bill, from us, going forward.', move],
  ]);
});
