// Kinds "whose words", "goal in own words" and "channel in own words", in English: "our T1 entity
// or the reseller account" offers the partner two roles (asked, never one picked); taking over the
// admin or the helpdesk is looking after the tenant, taking over the billing a move; "we'll keep
// paying Microsoft directly" is buying from Microsoft.
import { checkKind } from './kindCheck';

describe('kind: English entities, taking over admin, paying Microsoft directly', () => {
  checkKind([
    [
      'en-US',
      "Office 365. Are we booking this under our T1 entity or the reseller account we have at Ingram? Finance hasn't decided.",
      { service: 'license' },
      ['partnerType'],
    ],
    ['en-US', 'Office 365; this goes under our T1 entity.', { service: 'license', partnerType: 'direct' }],
    ['en-US', 'Office 365; they want us to take over admin and helpdesk.', { service: 'license', goal: 'support' }],
    ['en-US', 'Office 365; they want us to take over the billing.', { service: 'license', goal: 'move' }],
    ['en-US', "Office 365; we'll keep paying Microsoft directly like we do today.", { channel: 'microsoft', service: 'license' }],
  ]);
});
