// "We're a Pax8 reseller": the distributor's name before "reseller" is the indirect reseller.
import { checkKind } from './kindCheck';

describe('partnerType: a distributor-named reseller', () => {
  checkKind([
    [
      'en-US',
      "Azure bought direct from Microsoft with a card. We're a Pax8 reseller.",
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'en-US',
      'We are a TD Synnex reseller; the customer wants support for Office 365.',
      { service: 'license', goal: 'support', partnerType: 'indirectReseller' },
    ],
  ]);
});
