// "We're (only) their distributor", "from us as their indirect provider": a role said of "we"
// with only a possessive between is what we are to them, ours, whoever "their" is (en-US
// `structure.selfOf`). "Ignore the reseller listed on the form" sets that role word aside (en-US
// block), and "we ourselves bill Microsoft directly" is direct bill.
import { checkKind } from './kindCheck';

describe('whose: our role to them, a role word to ignore, en-US', () => {
  checkKind([
    ['en-US', 'Brightlane handles the onboarding, we are just their distributor.', { partnerType: 'indirectProvider' }],
    [
      'en-US',
      'The invite comes from us as their indirect provider; Dynamics 365 via their EA.',
      { channel: 'ea', service: 'license', partnerType: 'indirectProvider' },
    ],
    ['en-US', "Northpeak sends us the invitation; we're their T2 reseller.", { partnerType: 'indirectReseller' }],
    ['en-US', 'Please disregard the distributor named on the form. We ourselves bill Microsoft directly.', { partnerType: 'direct' }],
    // Their distributor with no "we are" before it stays theirs.
    ['en-US', 'We phoned their distributor about the Azure.', { service: 'usage' }],
  ]);
});
