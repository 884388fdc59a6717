// "Their IT guy's company, which was never a CSP partner" is a seller said not to be a CSP: a
// third party. The IT guy alone is not taken as a seller (often the customer's own contact).
import { checkKind } from './kindCheck';

describe("channel: an IT guy's company that was never a CSP", () => {
  checkKind([
    ['en-US', "They bought their Microsoft 365 from their IT guy's company, which was never a CSP partner.", { channel: 'thirdParty', service: 'license' }],
    [
      'en-US',
      "The Exchange Online came from a computer guy's firm that is not a Microsoft CSP. We'd only support it.",
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
  ]);
});
