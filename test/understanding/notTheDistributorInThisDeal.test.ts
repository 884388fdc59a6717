// "Not the disti in this deal but the reseller": the deal or account named between the
// denied role and "but" still leaves the reseller ours; a plain "the distributor in this deal"
// said of another party is no role of ours.
import { checkKind } from './kindCheck';

describe('not the disti in this deal but the reseller', () => {
  checkKind([
    ['en-US', "Azure for a school. We're not the disti in this deal but the reseller under Ingram.", { service: 'usage', partnerType: 'indirectReseller' }],
    ['en-US', 'Azure. We are not the distributor for this account, but the reseller.', { service: 'usage', partnerType: 'indirectReseller' }],
    ['en-US', 'Azure. We are not the distributor here but the reseller.', { service: 'usage', partnerType: 'indirectReseller' }],
  ]);
});
