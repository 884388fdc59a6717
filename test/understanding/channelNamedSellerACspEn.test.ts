// English words: a seller named after "bought … from" and then called "a CSP" ("from Brightpath
// (a CSP)", "from Brightpath, a CSP") is another CSP; "there's no advisor" is no Advisor's sale
// (the Portuguese "no advisor", "in the Advisor", is not read after "there's"). Another firm that
// "resold / sold them … through CSP" or "is a CSP partner" is another CSP (not "we resold them");
// "mind it for them" asks for support.
import { checkKind } from './kindCheck';

describe('channelNamedSellerACspEn: a named seller called a CSP, and "there is no advisor"', () => {
  checkKind([
    ['en-US', 'Since last spring they have bought their Microsoft 365 E3 from Brightpath (a CSP).', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'They purchase Dynamics 365 Sales from Kestrel Systems, a CSP.', { channel: 'otherCsp', service: 'license' }],
    [
      'en-US',
      'They pay Microsoft directly on a card in the admin center, there is no advisor involved. Visio Plan 2.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['en-US', 'Their old MSP, Brookside IT, sold them Azure via CSP and then went quiet.', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'We resold them the Microsoft 365 through CSP ourselves.', { service: 'license' }],
    ['en-US', 'Hollis Data is a CSP partner and bills their Office 365 E3 today.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'Visio Plan 2 on an EA; they only want us to mind it for them.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
