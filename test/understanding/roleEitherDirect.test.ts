// A partner unsure of its own role ("we're either direct or an indirect reseller") is asked: the
// "either" between "we're" and "direct" no longer hides the first of the two roles.
import { checkKind } from './kindCheck';

describe('whose: "we are either direct or …" names two roles of ours', () => {
  checkKind([
    [
      'en-US',
      "honestly we're either direct or indirect reseller, the contract was signed before my time. The customer bought Microsoft 365 E5 on the Microsoft website.",
      { channel: 'microsoft', service: 'license' },
      ['partnerType'],
    ],
    ['en-US', 'we are either a direct partner or an indirect reseller, need to check with finance', {}, ['partnerType']],
  ]);
});
