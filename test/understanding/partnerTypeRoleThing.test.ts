// "The reseller thing was how their old IT firm bought": a role spoken of as a topic, someone
// else's, is not this partner's role.
import { checkKind } from './kindCheck';

describe('partner type: "the distributor thing" claims no role', () => {
  checkKind([
    ['en-US', 'We are T1. The distributor thing was how their old host bought.', { partnerType: 'direct' }],
    ['en-US', 'Ignore the distributor thing on the form, that was the previous owner. We are direct bill.', { partnerType: 'direct' }],
  ]);
});
