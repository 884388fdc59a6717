// "A CSP they're leaving", "an IT company that's a direct bill CSP": the customer's present CSP partner.
import { checkKind } from './kindCheck';

describe('channel: another CSP, in other words', () => {
  checkKind([
    ['en-US', 'Customer has Office 365 E3 with a CSP they are leaving.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', "They're with an IT company that's a direct bill CSP, Microsoft 365 E3.", { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'They bought Azure from a hosting provider which is a CSP.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
