// Kinds "typo", "whose words" and "rambling", in English as agents type it: "mange" for manage,
// "we = IR under <distributor>" for an indirect reseller, "we have a direct account" for a direct
// partner; another customer opened by "different from" or "unlike" answers nothing of this one,
// up to the words for this one; a product said to be "a separate thing" is set aside.
import { checkKind } from './kindCheck';

describe('kind: English shorthand, other cases and asides', () => {
  checkKind([
    ['en-US', 'Office 365 E3; they just want us to mange it, billing stays with them.', { service: 'license', goal: 'support' }],
    ['en-US', 'M365 BP x25. we = IR under Pax8 (dist).', { service: 'license', partnerType: 'indirectReseller' }],
    [
      'en-US',
      'We have a direct account in the commercial Partner Center; the customer has Office 365 E1.',
      { cloud: 'global', service: 'license', partnerType: 'direct' },
    ],
    [
      'en-US',
      'Different from Redline (that one came to us from 21Vianet) - this customer bought Office 365 directly from Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['en-US', 'Unlike the customer we had last week on EA, this customer bought Office 365 at a retailer.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Their Azure is a separate thing, their dev agency runs it. What she needs sorted is Microsoft 365.', { service: 'license' }],
  ]);
});
