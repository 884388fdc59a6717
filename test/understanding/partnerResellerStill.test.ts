// Whose words: "we're still a reseller", "we're just a reseller" name the partner's role as
// "we're a reseller" does; a word like "still" between "we're" and the role changes nothing.
import { checkKind } from './kindCheck';

describe('whose: "we are still / just a reseller" is the partner\'s own role', () => {
  checkKind([
    ['en-US', "Office 365 for a dental office. We're still a reseller, nothing changed there.", { service: 'license', partnerType: 'indirectReseller' }],
    ['en-US', 'We are just a reseller on this one. They want support on their Azure.', { service: 'usage', partnerType: 'indirectReseller' }],
  ]);
});
