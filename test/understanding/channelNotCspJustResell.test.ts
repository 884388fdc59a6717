// "They aren't a CSP, they just resell it": a seller outside CSP, a third party.
import { checkKind } from './kindCheck';

describe('channel: not a CSP, they just resell', () => {
  checkKind([
    ['en-US', "Their web host sold them Exchange Online mailboxes. They aren't a CSP, they just resell it.", { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Office 365 E3 from a software VAR (not a CSP, they only resell).', { channel: 'thirdParty', service: 'license' }],
    // A "CSP reseller" denied names no seller.
    ['en-US', "They're not a CSP reseller; they want us to support their Office 365.", { service: 'license', goal: 'support' }],
  ]);
});
