// "21Vianet? No, this one's global": "global" said of the case, at the end of its clause, is the cloud.
// Said of the business ("their business is global") it is not.
import { checkKind } from './kindCheck';

describe('cloud words: "this one is global" names the cloud', () => {
  checkKind([
    ['en-US', 'Is this one 21Vianet? No, it is global. Office 365, they want support.', { cloud: 'global', service: 'license', goal: 'support' }],
    ['en-US', "China? no, this one's global, Azure only.", { cloud: 'global', service: 'usage' }],
    ['en-US', 'Their business is global, they have Office 365 from a previous CSP.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
