// "We're the reseller, the distributor will bill us": the distributor is the party above us, not
// our role; a reseller billed by a distributor is the indirect reseller.
import { checkKind } from './kindCheck';

describe('partnerType: a distributor that bills us', () => {
  checkKind([
    ['en-US', "We're the reseller on this one, the distributor will bill us.", { partnerType: 'indirectReseller' }],
    ['en-US', 'Our distributor invoices us for Azure, and the customer wants us to take it over.', { service: 'usage', partnerType: 'indirectReseller' }],
  ]);
});
