// A form's or record's field read by its value after the colon: "Partner role: Direct" is ours,
// "Purchased from: 21Vianet" the 21Vianet channel; and words a customer or intake form uses:
// their last CSP, keys from a retail chain, a local
// reseller in a Chinese city.
import { checkKind } from './kindCheck';

describe('form: field values and intake words', () => {
  checkKind([
    [
      'en-US',
      'Request form\nProduct: Microsoft 365 E5\nPartner role: Direct\nRequest: take over billing',
      { service: 'license', goal: 'move', partnerType: 'direct' },
    ],
    ['en-US', 'Customer: Jinhua Tools (Ningbo)\nProduct: Office 365 E1\nPurchased from: 21Vianet', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['en-US', 'Their Dynamics 365 Sales came from their previous CSP (Orbit IT).', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'Office 365 keys from Staples for the whole office.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Cloud: 21Vianet. Office 365 E3 bought from a local Shenzhen reseller.', { cloud: 'china', channel: 'other', service: 'license' }],
  ]);
});
