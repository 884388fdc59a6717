// A seller named as a CSP in a CRM's incumbent field ("Incumbent: Contoso (CSP)"), one "who were a
// CSP partner", or one that "resold it through Partner Center" is another CSP.
import { checkKind } from './kindCheck';

describe('channel: a seller named as a CSP is another CSP', () => {
  checkKind([
    ['en-US', 'Incumbent: Contoso (CSP)\nProduct: Azure', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'Their Microsoft 365 came from Litware, who were a CSP partner until last year.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'Their old MSP resold it through Partner Center. Azure.', { channel: 'otherCsp', service: 'usage' }],
    // Read so before; kept as a guard: the incumbent is an EA.
    ['en-US', 'Incumbent: EA\nProduct: Azure', { channel: 'ea', service: 'usage' }],
  ]);
});
