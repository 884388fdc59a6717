// A reseller buying through a distributor named in brackets ("disztribútoron (ALSO) keresztül")
// is an indirect reseller, and "the distributor sends it, not us" speaks of that supplier, not of
// this partner's role.
import { checkKind } from './kindCheck';

describe('whose: the distributor named in brackets, and the distributor who does it, not us', () => {
  checkKind([
    ['hu-HU', 'Mi viszonteladók vagyunk, disztribútoron (ALSO) keresztül vásárolunk.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Mi viszonteladók vagyunk. A meghívót a disztribútor küldi, nem mi.', { partnerType: 'indirectReseller' }],
    ['en-US', 'We are a reseller, we buy through a distributor (ALSO).', { partnerType: 'indirectReseller' }],
  ]);
});
