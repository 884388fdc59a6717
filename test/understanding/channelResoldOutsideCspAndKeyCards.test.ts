// A seller that resold the licences "outside CSP" is no CSP partner: a third party. Key cards
// (the retail boxes' cards with a product key) are bought over a counter or online: a third party.
import { checkKind } from './kindCheck';

describe('channel: resold outside CSP, or bought as key cards, is a third party', () => {
  checkKind([
    [
      'en-US',
      'Their Dynamics 365 came from a hosting company that resold it outside CSP; they want us to take over the billing.',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    ['en-US', 'A local IT shop sold them Office 365 outside of the CSP program.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'The owner bought Microsoft 365 Business Standard as key cards from a marketplace seller.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
