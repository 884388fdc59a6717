// Paying Microsoft itself: "paid by card directly to Microsoft", a card run "in the 365 admin
// center" are purchases from Microsoft.
import { checkKind } from './kindCheck';

describe('channel words: paid straight to Microsoft, the 365 admin center', () => {
  checkKind([
    ['en-US', 'Lucerne Pub runs Azure pay as you go and pays by debit card straight to Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'their office manager puts the Visa in the 365 admin center for Teams Essentials', { channel: 'microsoft', service: 'license' }],
  ]);
});
