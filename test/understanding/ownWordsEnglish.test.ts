// Kinds "channel in the speaker's words" and "goal in the speaker's words", in English as agents
// type it: a help desk or their tickets is looking after the tenant; "us on the invoice", the
// billing consolidated with us or a new licensing partner is a move; a telco's bundle is the
// syndication channel; an enterprise deal or contract is an EA; "MSFT Advisor" is Advisor, not a
// purchase from Microsoft; a VAR or a hosting co said not to be a CSP is a third party; "they
// already have a CSP" is another CSP partner. Said of someone else (the caller's own help desk),
// the words answer nothing.
import { checkKind } from './kindCheck';

describe("kind: channel and goal in the speaker's own words (English)", () => {
  checkKind([
    [
      'en-US',
      'Microsoft 365 for 30 users. They want us as the help desk for their tenant, billing stays where it is.',
      { service: 'license', goal: 'support' },
    ],
    ['en-US', 'Teams Essentials, 12 seats; they want us handling their tickets and the admin stuff.', { service: 'license', goal: 'support' }],
    ['en-US', 'Exchange Online, they want us on the invoice from next month.', { service: 'license', goal: 'move' }],
    ['en-US', 'Office 365 E3: they want to consolidate the billing with us.', { service: 'license', goal: 'move' }],
    ['en-US', 'Office 365 E1, they would like us to become their new licensing partner.', { service: 'license', goal: 'move' }],
    ['en-US', 'They got Microsoft 365 Business Basic in a telco bundle with their fibre.', { channel: 'syndication', service: 'license' }],
    ['en-US', 'Microsoft 365 came bundled with their business internet from the carrier.', { channel: 'syndication', service: 'license' }],
    ['en-US', 'Their Office 365 is on the enterprise contract their procurement signs every three years.', { channel: 'ea', service: 'license' }],
    ['en-US', 'cx has M365 BP, purchased via MSFT Advisor prog', { channel: 'advisor', service: 'license' }],
    ['en-US', "Office 365 came from the carrier, resold through Microsoft's syndication program.", { channel: 'syndication', service: 'license' }],
    ['en-US', 'Office 365 was part of the bundle their telco sells with business internet.', { channel: 'syndication', service: 'license' }],
    ['en-US', 'Bought Office 365 from a VAR that is not a CSP.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Bought Office 365 from a hosting co, not a CSP.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'They already have a CSP and are happy with them on billing; Microsoft 365 E3.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'Calling from the help desk: the customer has Office 365 E3.', { service: 'license' }],
  ]);
});
