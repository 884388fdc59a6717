// A seller named after a purchase and then said to be a CSP in a relative clause ("bought through
// their bookkeeper Ledgerly, who is a CSP") is another CSP; "we bought through Arrow, which is a
// CSP distributor" is our own supplier. A telco's "business bundle" said not to be CSP is a third
// party's, as the plain "telco bundle (not CSP)" was.
import { checkKind } from './kindCheck';

describe('channel: a seller then said to be a CSP, a telco business bundle not CSP, en-US', () => {
  checkKind([
    ['en-US', 'The dentist got their Office licences through their bookkeeper Ledgerly, who is a CSP.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'Azure was purchased from the web agency Pixelform, which is a CSP partner.', { channel: 'otherCsp', service: 'usage' }],
    // Said not to be a CSP, or a CSP's customer: no other CSP.
    ['en-US', 'They bought Dynamics 365 through the consultancy Brightpath, which is not a CSP.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'They bought Dynamics 365 through Brightpath, which is a CSP customer of ours.', { service: 'license' }],
    ['en-US', "Their Exchange Online came with Coastline Telecom's business bundle (not CSP).", { channel: 'thirdParty', service: 'license' }],
  ]);
});
