// A seller named after a purchase and then said to be a CSP in a relative clause ("bought through
// their bookkeeper Ledgerly, who is a CSP") is another CSP; one said not to be one, or to be a
// CSP's customer, is not. A telco's "business bundle" said not to be CSP is a third
// party's, as the plain "telco bundle (not CSP)" was. "Their X is with Larchmont (CSP)" is another
// CSP; a PC World store and a reseller's web store are shops.
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

describe('channel: a seller "with" whom it is, glossed CSP, and a PC World store, en-US', () => {
  checkKind([
    ['en-US', 'Their Project licences are with Larchmont Systems (CSP).', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'Their Project licences are with us (CSP).', { service: 'license' }],
    ['en-US', 'The bakery picked up Office 365 at a PC World store.', { channel: 'thirdParty', service: 'license' }],
  ]);
});

describe("channel: a reseller's web store, and beside Microsoft's site under a doubt, en-US", () => {
  checkKind([
    ['en-US', "Their Visio licences were bought on a retailer's online shop.", { channel: 'thirdParty', service: 'license' }],
    [
      'en-US',
      "The office manager renews the Visio licences online, could be Microsoft's site, could be a reseller's web store, she'll check.",
      { service: 'license' },
      ['channel'],
    ],
  ]);
});

describe('channel words: a product from a CSP', () => {
  checkKind([
    [
      'en-US',
      'Trey Research, Microsoft 365 Business Standard from a CSP that is closing its doors. They want us to take it over.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
  ]);
});

describe('channel words: a local or software shop', () => {
  checkKind([
    [
      'en-US',
      'Visio Plan 2 was picked up at a small computer store downtown, we only keep it running.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
  ]);
});
