// Channel words: a company that "only does their DNS / website" is said not to have sold the
// licences; naming it there ("GoDaddy only does their website") names no channel.
import { checkKind } from './kindCheck';

describe('channel: "GoDaddy only does their website" names no channel', () => {
  checkKind([
    ['en-US', 'GoDaddy only does their DNS. The Office 365 licences were bought directly from Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'Office 365 came from another CSP; GoDaddy just handles the domain.', { channel: 'otherCsp', service: 'license' }],
    // Read so before; kept as guards.
    ['en-US', 'Office 365 through GoDaddy.', { channel: 'syndication', service: 'license' }],
  ]);
});
