// Kind "goalWords": "admin only", "helpdesk only" or "admin/helpdesk only" as what the customer
// asks for is support. Read before as no goal; "admin only access" is a permission, not a goal.
import { checkKind } from './kindCheck';

describe('kind: admin or helpdesk only is support', () => {
  checkKind([
    ['en-US', 'Prod: Microsoft 365 E3 x50 | Ask: admin/helpdesk only', { service: 'license', goal: 'support' }],
    ['en-US', 'They have Office 365 and want helpdesk only from us.', { service: 'license', goal: 'support' }],
    ['en-US', 'Office 365 from another CSP, admin only for now.', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    ['en-US', 'Office 365, we were given admin only access to the tenant.', { service: 'license' }],
  ]);
});
