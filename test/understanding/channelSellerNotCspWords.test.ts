// Channel words: a seller said to be "non-CSP" is not a CSP partner, as "not a CSP" says; "the
// same outfit that builds their website, not a CSP" is such a seller too.
import { checkKind } from './kindCheck';

describe('channel: a "non-CSP" seller, or "the same outfit … not a CSP", is a third party', () => {
  checkKind([
    ['en-US', 'Azure bought from a hosting company (non-CSP).', { channel: 'thirdParty', service: 'usage' }],
    ['en-US', 'It came from the same outfit that runs their website, not a CSP. Office 365.', { channel: 'thirdParty', service: 'license' }],
    [
      'en-US',
      'Got it all from the same company that does their domain, not a Microsoft partner. Exchange Online.',
      { channel: 'thirdParty', service: 'license' },
    ],
    // Read so before; kept as guards.
    ['en-US', 'They bought Office 365 from a non-CSP reseller.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Not EA: they got it from another CSP.', { channel: 'otherCsp' }],
  ]);
});
