// A seller said to be no Microsoft partner at all ("a hosting outfit, not a Microsoft partner of
// any kind") is not a CSP partner either: a third party.
import { checkKind } from './kindCheck';

describe('channel: a seller that is not a Microsoft partner is a third party', () => {
  checkKind([
    ['en-US', 'Their M365 came from a web hosting company, not a Microsoft partner of any kind.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'The Azure subscription is billed by their hosting provider, which is not a Microsoft partner.', { channel: 'thirdParty', service: 'usage' }],
    // Without it the hosting company may be a CSP partner: the channel is asked.
    ['en-US', 'Their M365 came from a web hosting company.', { service: 'license' }],
  ]);
});
