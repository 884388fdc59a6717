// Beside the parent company's agreement, "but the US entity bought its own …" returns to this
// customer; and "nothing to do with the EA" says no to the EA.
import { checkKind } from './kindCheck';

describe('whose: "but the <country> entity bought …" is this customer; "nothing to do with the EA" is a no', () => {
  checkKind([
    [
      'en-US',
      'Their parent company in Osaka is on an Enterprise Agreement, but the Texas branch bought Azure from a hosting company that is not a CSP.',
      { channel: 'thirdParty', service: 'usage' },
    ],
    ['en-US', 'Microsoft 365 E5 from another CSP partner; it has nothing to do with the EA.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
