// Kind "channelWords": the seller said to be a CSP in the next words ("Through our previous IT
// provider, Kestrel Networks. They're a Microsoft CSP.") is another CSP partner. Not when "they"
// are the partner's own distributor, nor a CSP customer.
import { checkKind } from './kindCheck';

describe('kind: "they\'re a CSP" said of the seller', () => {
  checkKind([
    ['en-US', 'The customer got their Office 365 from Bluebird Tech. They are a Microsoft CSP.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', "Azure bought through a local outfit, Pine IT, they're a CSP partner.", { channel: 'otherCsp', service: 'usage' }],
    ['en-US', "We buy through Ingram, they're a CSP distributor. Office 365 for this customer.", { service: 'license', partnerType: 'indirectReseller' }],
    ['en-US', "We order through TD Synnex, they're a CSP. Customer has Office 365.", { service: 'license', partnerType: 'indirectReseller' }],
    ['en-US', "They're a CSP customer with Office 365 through an EA.", { channel: 'ea', service: 'license' }],
  ]);
});
