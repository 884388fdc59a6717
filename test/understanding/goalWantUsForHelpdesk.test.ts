// "They want us for helpdesk/admin" asks for support, as "they want us as their helpdesk" does.
import { checkKind } from './kindCheck';

describe('goal: wanted for the helpdesk or the admin is support', () => {
  checkKind([
    ['en-US', 'They only want us for helpdesk/admin on their Microsoft 365.', { service: 'license', goal: 'support' }],
    ['en-US', 'The client needs us for the admin of their Office 365, nothing else.', { service: 'license', goal: 'support' }],
  ]);
});
