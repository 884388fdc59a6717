// "We bill direct" closing its clause is the direct-bill model; "we bill directly to the
// customer" only says who invoices the customer, and leaves the role asked.
import { checkKind } from './kindCheck';

describe('partner type: "we bill direct" is direct', () => {
  checkKind([
    [
      'en-US',
      'Customer has Microsoft 365 from an EA and wants us to handle the admin. We bill direct.',
      { channel: 'ea', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    ['en-US', 'Azure through us going forward, we invoice directly, no distributor.', { service: 'usage', partnerType: 'direct' }],
    ['en-US', 'We bill directly to the customer for the Office 365 seats.', { service: 'license' }],
  ]);
});
