// Cloud words: "comm PC", "comm cloud" shorten the commercial Partner Center, the global cloud;
// the shortening is read only before those words.
import { checkKind } from './kindCheck';

describe('cloud: "comm PC" is the commercial (global) cloud', () => {
  checkKind([
    ['en-US', 'cust on comm PC, not gov. M365 E3.', { cloud: 'global', service: 'license' }],
    ['en-US', 'Azure, comm cloud.', { cloud: 'global', service: 'usage' }],
    ['en-US', 'Azure. Per our comm team it came from another CSP.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
