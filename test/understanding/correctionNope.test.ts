// "She first said GoDaddy, then checked the statements and nope, it's billed by Microsoft":
// "nope" set off by a comma takes back what was said before, as "no," does.
import { checkKind } from './kindCheck';

describe('correction: "nope," before the answer that replaces the earlier one', () => {
  checkKind([
    [
      'en-US',
      'He first said they bought M365 through an EA, then checked the invoices and nope, it is from another CSP partner.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['en-US', 'Their Azure came from GoDaddy. Nope, it is direct from Microsoft, paid by card.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
