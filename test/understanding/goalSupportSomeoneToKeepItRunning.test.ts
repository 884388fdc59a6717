// "Someone to keep the lights on" and "somebody who'll pick up when Teams goes down" ask for a
// partner to look after the tenant: a support goal, the billing left where it is.
import { checkKind } from './kindCheck';

describe('goal: someone to keep it running or to pick up the phone is support', () => {
  checkKind([
    ['en-US', 'Microsoft 365 Business Premium, 15 seats. All they need is someone to keep the lights on.', { service: 'license', goal: 'support' }],
    ['en-US', 'The owner wants somebody who will answer the phone when Outlook stops working.', { service: 'license', goal: 'support' }],
    ['en-US', "They need someone who'll pick up when email breaks. Office 365 E1.", { service: 'license', goal: 'support' }],
  ]);
});
